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
        return ProtocolVersion.first("system", NOTE, true, 60, medications(), fasting(), texts(), now);
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
