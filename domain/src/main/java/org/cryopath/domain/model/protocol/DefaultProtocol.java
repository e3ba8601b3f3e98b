package org.cryopath.domain.model.protocol;

import static org.cryopath.domain.model.protocol.DrugAction.ADJUST;
import static org.cryopath.domain.model.protocol.DrugAction.CONTINUE;
import static org.cryopath.domain.model.protocol.DrugAction.HOLD;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.domain.model.referral.TargetOrgan;
import org.cryopath.domain.model.treatment.Anaesthesia;

/**
 * The protocol a new installation starts with: commonly used defaults, every one to be reviewed by the clinic
 * before clinical use (the version says so until an administrator saves a reviewed one). It is data the clinic
 * owns and edits; nothing in CryoPath reads these values except to seed the first version.
 */
public final class DefaultProtocol {

    public static final String NOTE = "Defaults shipped with CryoPath: review before clinical use.";

    private DefaultProtocol() {
    }

    public static ProtocolVersion version1(Instant now) {
        List<ProtocolText> texts = new ArrayList<>(texts());
        texts.addAll(afterCareTexts());
        return ProtocolVersion.first("system", NOTE, true, 60, medications(), fasting(), texts, now)
                .withImaging(followUpImaging());
    }

    /**
     * Follow-up imaging, months after treatment (ECIO-ESOI 2020 consensus: kidney 1, 3, 6, 12 months then yearly,
     * here to five years; liver and lung 1, 3, 6, 9, 12 months). Breast, bone and prostate have no consensus
     * schedule: the values below are placeholders for the clinic to set. Review before clinical use.
     */
    public static List<FollowUpImagingRule> followUpImaging() {
        List<FollowUpImagingRule> rules = new ArrayList<>();
        months(rules, TargetOrgan.KIDNEY, 1, 3, 6, 12, 24, 36, 48, 60);
        months(rules, TargetOrgan.LIVER, 1, 3, 6, 9, 12);
        months(rules, TargetOrgan.LUNG, 1, 3, 6, 9, 12);
        months(rules, TargetOrgan.BONE, 3, 6, 12);
        months(rules, TargetOrgan.BREAST, 6, 12, 24);
        months(rules, TargetOrgan.PROSTATE, 6, 12, 24);
        return rules;
    }

    private static void months(List<FollowUpImagingRule> rules, TargetOrgan organ, int... months) {
        for (int m : months) {
            rules.add(FollowUpImagingRule.of(organ, m));
        }
    }

    /** What the day-after (E8) and week-after (E9) emails say: what is normal, each organ's warning signs, recovery. */
    public static List<ProtocolText> afterCareTexts() {
        List<ProtocolText> texts = new ArrayList<>();
        en(texts, TextTopic.AFTERCARE, "feel tired for a day or two;");
        es(texts, TextTopic.AFTERCARE, "sentirse cansado/a durante uno o dos días;");
        en(texts, TextTopic.AFTERCARE, "have some pain or a small bruise where the needle went in; take the pain medicine you were advised;");
        es(texts, TextTopic.AFTERCARE, "tener algo de dolor o un pequeño hematoma donde entró la aguja; tome el analgésico que le indicaron;");
        en(texts, TextTopic.AFTERCARE, "have a slight temperature (up to 38 °C) for a few days.");
        es(texts, TextTopic.AFTERCARE, "tener unas décimas de fiebre (hasta 38 °C) durante unos días.");
        for (TargetOrgan organ : TargetOrgan.values()) {
            warning(texts, organ, "a fever above 38.5 °C, or shivering;", "fiebre de más de 38,5 °C, o escalofríos;");
            warning(texts, organ, "bleeding from the needle site that does not stop after 10 minutes of pressure;",
                    "un sangrado en el punto de la aguja que no para tras 10 minutos de presión;");
            warning(texts, organ, "pain that your pain medicine does not relieve;",
                    "un dolor que no se alivia con el analgésico;");
        }
        warning(texts, TargetOrgan.KIDNEY, "blood in your urine after the second day, or being unable to pass urine.",
                "sangre en la orina después del segundo día, o no poder orinar.");
        warning(texts, TargetOrgan.LIVER, "pain in the right upper belly that gets worse, or yellow skin or eyes.",
                "dolor en la parte alta derecha del abdomen que va a más, o la piel o los ojos amarillos.");
        warning(texts, TargetOrgan.LUNG, "shortness of breath or chest pain, or coughing up more than a streak of blood.",
                "falta de aire o dolor en el pecho, o tos con más que un hilo de sangre.");
        warning(texts, TargetOrgan.BONE, "new weakness or numbness in an arm or a leg.",
                "debilidad u hormigueo nuevos en un brazo o una pierna.");
        warning(texts, TargetOrgan.BREAST, "a breast that becomes red, hot or swollen.",
                "una mama que se pone roja, caliente o hinchada.");
        warning(texts, TargetOrgan.PROSTATE, "being unable to pass urine, or clots in your urine.",
                "no poder orinar, o coágulos en la orina.");
        en(texts, TextTopic.RECOVERY, "Most people are back to their usual activities within a week.");
        es(texts, TextTopic.RECOVERY, "La mayoría de las personas vuelven a sus actividades habituales en una semana.");
        en(texts, TextTopic.RECOVERY, "Avoid heavy lifting and strenuous exercise for another week.");
        es(texts, TextTopic.RECOVERY, "Evite cargar peso y el ejercicio intenso durante otra semana.");
        en(texts, TextTopic.RECOVERY, "We will contact you about your follow-up scans.");
        es(texts, TextTopic.RECOVERY, "Nos pondremos en contacto con usted para sus pruebas de control.");
        return texts;
    }

    private static void warning(List<ProtocolText> texts, TargetOrgan organ, String en, String es) {
        texts.add(ProtocolText.of(TextTopic.WARNING_SIGN, organ, Language.EN, en));
        texts.add(ProtocolText.of(TextTopic.WARNING_SIGN, organ, Language.ES, es));
    }

    static List<MedicationRule> medications() {
        String holdEn = "Stop taking {name} {days} days before your procedure: take your last dose on the day shown, then none until your care team tells you to restart.";
        String holdEs = "Deje de tomar {name} {days} días antes del procedimiento: tome la última dosis el día indicado y ninguna más hasta que el equipo le diga que la reanude.";
        List<MedicationRule> rules = new ArrayList<>();
        rules.add(hold("warfarin", "warfarin", "warfarina", 5, holdEn, holdEs)
                .requiringLab("INR", 2, "1.5",
                        "Have an INR blood test within {within} days before your procedure (from the day shown). It must be {threshold} or lower.",
                        "Hágase un análisis de INR en los {within} días anteriores al procedimiento (a partir del día indicado). Debe ser de {threshold} o menos."));
        rules.add(hold("clopidogrel", "clopidogrel", "clopidogrel", 5, holdEn, holdEs));
        rules.add(hold("prasugrel", "prasugrel", "prasugrel", 7, holdEn, holdEs));
        rules.add(hold("ticagrelor", "ticagrelor", "ticagrelor", 5, holdEn, holdEs));
        rules.add(MedicationRule.of("aspirin", "aspirin (low dose)", "aspirina (dosis baja)", CONTINUE, 0,
                "Keep taking your low-dose aspirin as usual.", "Siga tomando su aspirina a dosis baja como siempre."));
        rules.add(hold("apixaban", "apixaban", "apixabán", 2, holdEn, holdEs));
        rules.add(hold("rivaroxaban", "rivaroxaban", "rivaroxabán", 2, holdEn, holdEs));
        rules.add(hold("edoxaban", "edoxaban", "edoxabán", 2, holdEn, holdEs));
        rules.add(hold("dabigatran", "dabigatran", "dabigatrán", 2, holdEn, holdEs));
        rules.add(MedicationRule.of("heparins", "heparin injections", "inyecciones de heparina", HOLD, 1,
                "Do not inject heparin during the day before your procedure: give your last injection the day shown.",
                "No se inyecte heparina el día anterior al procedimiento: póngase la última inyección el día indicado."));
        rules.add(MedicationRule.of("metformin", "metformin", "metformina", ADJUST, 0,
                "Do not take metformin on the day of your procedure. Restart it 48 hours after, unless told otherwise.",
                "No tome metformina el día del procedimiento. Reanúdela 48 horas después, salvo otra indicación."));
        rules.add(MedicationRule.of("insulin", "insulin", "insulina", ADJUST, 1,
                "The evening before your procedure take half your usual long-acting insulin; take no rapid-acting insulin while fasting.",
                "La noche anterior al procedimiento póngase la mitad de su insulina de acción prolongada; no se ponga insulina rápida mientras esté en ayunas."));
        rules.add(MedicationRule.of("other-diabetes", "other diabetes medicines", "otros medicamentos para la diabetes",
                HOLD, 2,
                "Stop your other diabetes tablets (such as SGLT2 inhibitors) {days} days before your procedure.",
                "Deje sus otros comprimidos para la diabetes (como los inhibidores de SGLT2) {days} días antes del procedimiento."));
        return rules;
    }

    private static MedicationRule hold(String drugClass, String nameEn, String nameEs, int days, String en, String es) {
        return MedicationRule.of(drugClass, nameEn, nameEs, HOLD, days, en.replace("{name}", nameEn),
                es.replace("{name}", nameEs));
    }

    static List<FastingRule> fasting() {
        return List.of(FastingRule.of(Anaesthesia.GENERAL, 6, 2), FastingRule.of(Anaesthesia.SEDATION, 6, 2));
    }

    static List<ProtocolText> texts() {
        List<ProtocolText> texts = new ArrayList<>();
        en(texts, TextTopic.FASTING_SOLIDS, "Stop eating solid food {hours} hours before your procedure.");
        es(texts, TextTopic.FASTING_SOLIDS, "Deje de comer alimentos sólidos {hours} horas antes del procedimiento.");
        en(texts, TextTopic.FASTING_FLUIDS, "You may drink clear fluids (water, clear apple juice, tea without milk) until {hours} hours before, then nothing.");
        es(texts, TextTopic.FASTING_FLUIDS, "Puede beber líquidos claros (agua, zumo de manzana claro, té sin leche) hasta {hours} horas antes; después, nada.");
        en(texts, TextTopic.ARRIVAL, "Arrive {minutes} minutes before your appointment, with the adult who will take you home.");
        es(texts, TextTopic.ARRIVAL, "Llegue {minutes} minutos antes de su cita, con el adulto que le llevará a casa.");
        en(texts, TextTopic.DIABETES, "Check your blood sugar on the morning of your procedure and bring your meter.");
        es(texts, TextTopic.DIABETES, "Mida su azúcar en sangre la mañana del procedimiento y traiga su medidor.");
        en(texts, TextTopic.BRING, "A list of all the medicines you take, with their doses.");
        es(texts, TextTopic.BRING, "Una lista de todos los medicamentos que toma, con sus dosis.");
        en(texts, TextTopic.BRING, "Photo identification and your insurance card.");
        es(texts, TextTopic.BRING, "Un documento de identidad con foto y su tarjeta sanitaria.");
        en(texts, TextTopic.BRING, "Loose, comfortable clothes; leave jewellery at home.");
        es(texts, TextTopic.BRING, "Ropa holgada y cómoda; deje las joyas en casa.");
        organ(texts, TargetOrgan.KIDNEY, "Drink normally in the days before, unless your doctor limits your fluids.",
                "Beba con normalidad los días anteriores, salvo que su médico le limite los líquidos.");
        organ(texts, TargetOrgan.LIVER, "Tell us if you have had fever or yellowing of the skin since your referral.",
                "Avísenos si ha tenido fiebre o coloración amarilla de la piel desde la derivación.");
        organ(texts, TargetOrgan.LUNG, "Do not smoke for at least 24 hours before your procedure.",
                "No fume durante al menos 24 horas antes del procedimiento.");
        organ(texts, TargetOrgan.BONE, "Take your usual pain medicine unless it is on the list to stop.",
                "Tome su analgésico habitual salvo que esté en la lista de los que debe dejar.");
        organ(texts, TargetOrgan.BREAST, "Do not use deodorant, powder or cream on the breast and armpit on the day.",
                "No use desodorante, polvos ni crema en la mama ni en la axila ese día.");
        organ(texts, TargetOrgan.PROSTATE, "Follow the bowel preparation your care team gives you on the day before.",
                "Siga la preparación intestinal que le indique el equipo el día anterior.");
        return texts;
    }

    private static void en(List<ProtocolText> texts, TextTopic topic, String text) {
        texts.add(ProtocolText.of(topic, null, Language.EN, text));
    }

    private static void es(List<ProtocolText> texts, TextTopic topic, String text) {
        texts.add(ProtocolText.of(topic, null, Language.ES, text));
    }

    private static void organ(List<ProtocolText> texts, TargetOrgan organ, String en, String es) {
        texts.add(ProtocolText.of(TextTopic.ORGAN, organ, Language.EN, en));
        texts.add(ProtocolText.of(TextTopic.ORGAN, organ, Language.ES, es));
    }
}
