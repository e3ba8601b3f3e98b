package org.cryopath.domain.model.protocol;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.cryopath.domain.model.patient.Language;
import org.cryopath.domain.model.referral.TargetOrgan;
import org.cryopath.domain.shared.Require;

/** A sentence of the protocol for patients, in one language: what to bring, organ-specific preparation, diabetes. */
@Embeddable
@Access(AccessType.FIELD)
public class ProtocolText {

    @Enumerated(EnumType.STRING)
    @Column(name = "TOPIC", length = 16)
    private TextTopic topic;

    /** For the topics written per organ only ({@link TextTopic#perOrgan()}). */
    @Enumerated(EnumType.STRING)
    @Column(name = "ORGAN", length = 16)
    private TargetOrgan organ;

    @Enumerated(EnumType.STRING)
    @Column(name = "LANGUAGE", length = 8)
    private Language language;

    @Column(name = "TEXT", length = 1000)
    private String text;

    protected ProtocolText() {
    }

    public static ProtocolText of(TextTopic topic, TargetOrgan organ, Language language, String text) {
        ProtocolText protocolText = new ProtocolText();
        protocolText.topic = Require.present(topic, "topic");
        protocolText.organ = topic.perOrgan() ? Require.present(organ, "organ") : null;
        protocolText.language = Require.present(language, "language");
        protocolText.text = Placeholders.check(Require.text(text, "text", 1000), "text", topic.placeholders());
        return protocolText;
    }

    public boolean isFor(TextTopic wanted, TargetOrgan forOrgan, Language inLanguage) {
        return topic == wanted && language == inLanguage && (!wanted.perOrgan() || organ == forOrgan);
    }

    public TextTopic topic() {
        return topic;
    }

    public TargetOrgan organ() {
        return organ;
    }

    public Language language() {
        return language;
    }

    public String text() {
        return text;
    }
}
