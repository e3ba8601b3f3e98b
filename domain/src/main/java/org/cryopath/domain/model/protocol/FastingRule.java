package org.cryopath.domain.model.protocol;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.cryopath.domain.model.treatment.Anaesthesia;
import org.cryopath.domain.shared.DomainException;
import org.cryopath.domain.shared.Require;

/** How long before the procedure a patient stops eating solid food and drinking clear fluids, per anaesthesia. */
@Embeddable
@Access(AccessType.FIELD)
public class FastingRule {

    public static final int MAX_HOURS = 24;

    @Enumerated(EnumType.STRING)
    @Column(name = "ANAESTHESIA", length = 16)
    private Anaesthesia anaesthesia;

    @Column(name = "SOLID_FOOD_HOURS")
    private int solidFoodHours;

    @Column(name = "CLEAR_FLUIDS_HOURS")
    private int clearFluidsHours;

    protected FastingRule() {
    }

    public static FastingRule of(Anaesthesia anaesthesia, int solidFoodHours, int clearFluidsHours) {
        FastingRule rule = new FastingRule();
        rule.anaesthesia = Require.present(anaesthesia, "anaesthesia");
        if (solidFoodHours < 0 || solidFoodHours > MAX_HOURS) {
            throw DomainException.invalid("solidFoodHours", "validation.hours", MAX_HOURS);
        }
        if (clearFluidsHours < 0 || clearFluidsHours > solidFoodHours) {
            throw DomainException.invalid("clearFluidsHours", "validation.clearFluidsHours");
        }
        rule.solidFoodHours = solidFoodHours;
        rule.clearFluidsHours = clearFluidsHours;
        return rule;
    }

    public Anaesthesia anaesthesia() {
        return anaesthesia;
    }

    public int solidFoodHours() {
        return solidFoodHours;
    }

    public int clearFluidsHours() {
        return clearFluidsHours;
    }
}
