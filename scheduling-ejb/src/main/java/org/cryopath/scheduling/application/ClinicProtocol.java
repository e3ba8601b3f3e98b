package org.cryopath.scheduling.application;

import jakarta.ejb.Local;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.domain.model.protocol.DrugAction;
import org.cryopath.domain.model.protocol.TextTopic;
import org.cryopath.domain.model.referral.TargetOrgan;
import org.cryopath.domain.model.treatment.Anaesthesia;

/**
 * The clinic administrator keeps the preparation protocol: medication rules, fasting, arrival, patient texts.
 * Saving makes a new version; plans record the version they came from, so an edit never changes a plan already
 * issued.
 */
@Local
public interface ClinicProtocol {

    /** The version in force. */
    Content current();

    /** Every version, newest first (without their content). */
    List<Summary> history();

    /**
     * Saves the edited content as the next version.
     *
     * @param reviewed the administrator confirms the content has been reviewed for clinical use
     * @throws org.cryopath.domain.shared.InvalidInputException naming every faulty field ({@code medications[2].daysBefore})
     */
    Content saveNewVersion(Content edited, String changeNote, boolean reviewed);

    /** A version and what it says. */
    record Content(int number, Instant createdAt, String createdBy, String changeNote, boolean reviewRequired,
            int arrivalMinutes, List<Medication> medications, List<Fasting> fasting, List<Text> texts)
            implements Serializable {
    }

    record Summary(int number, Instant createdAt, String createdBy, String changeNote, boolean reviewRequired)
            implements Serializable {
    }

    record Medication(String drugClass, String nameEn, String nameEs, DrugAction action, int daysBefore,
            String instructionEn, String instructionEs, String labTest, Integer labWithinDays, String labThreshold,
            String labInstructionEn, String labInstructionEs) implements Serializable {
    }

    record Fasting(Anaesthesia anaesthesia, int solidFoodHours, int clearFluidsHours) implements Serializable {
    }

    record Text(TextTopic topic, TargetOrgan organ, Language language, String text) implements Serializable {
    }
}
