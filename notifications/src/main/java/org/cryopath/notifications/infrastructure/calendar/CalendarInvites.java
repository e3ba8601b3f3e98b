package org.cryopath.notifications.infrastructure.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableClazz;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Builds the iCalendar part of a booking email: {@code METHOD:REQUEST} when a session is booked or moved (the same
 * UID, SEQUENCE one higher on every change) and {@code METHOD:CANCEL} when it is cancelled. Times are written in the
 * clinic's zone with its VTIMEZONE embedded, so a calendar in another zone still shows the right moment.
 *
 * <p>Time zone definitions come from the ones ical4j ships; looking them up on the network is switched off
 * ({@code ical4j.properties}), as a clinic server may not reach the internet.
 */
@ApplicationScoped
public class CalendarInvites {

    public static final String REQUEST = "REQUEST";
    public static final String CANCEL = "CANCEL";

    private static final String PRODUCT = "-//CryoPath//Clinic appointments//EN";

    /** An invitation to the appointment, or its update when {@code invite.sequence() > 0}. */
    public String request(CalendarInvite invite) {
        return calendar(invite, ImmutableMethod.REQUEST, ImmutableStatus.VEVENT_CONFIRMED);
    }

    /** Withdraws the appointment from the patient's calendar; {@code invite} carries the sequence after the last one sent. */
    public String cancel(CalendarInvite invite) {
        return calendar(invite, ImmutableMethod.CANCEL, ImmutableStatus.VEVENT_CANCELLED);
    }

    private String calendar(CalendarInvite invite, Method method, Status status) {
        TimeZone zone = timeZone(invite.zone());
        VEvent event = new VEvent(local(invite.start(), invite.zone()), local(invite.end(), invite.zone()),
                invite.summary());
        event.add(new Uid(invite.uid()));
        event.add(new Sequence(invite.sequence()));
        event.add(new DtStamp(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
        event.add(status);
        event.add(ImmutableClazz.PRIVATE);
        event.add(ImmutableTransp.OPAQUE);
        if (invite.location() != null && !invite.location().isBlank()) {
            event.add(new Location(invite.location()));
        }
        Organizer organizer = new Organizer(mailto(invite.organizerEmail()));
        if (invite.organizerName() != null && !invite.organizerName().isBlank()) {
            organizer.add(new Cn(invite.organizerName()));
        }
        event.add(organizer);
        Attendee attendee = new Attendee(mailto(invite.attendeeEmail()));
        attendee.add(Role.REQ_PARTICIPANT);
        attendee.add(PartStat.NEEDS_ACTION);
        attendee.add(Rsvp.FALSE);
        event.add(attendee);

        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        calendar.add(zone.getVTimeZone());
        calendar.add(event);
        return calendar.toString();
    }

    private static ZonedDateTime local(Instant instant, ZoneId zone) {
        return instant.atZone(zone).truncatedTo(ChronoUnit.SECONDS);
    }

    private static TimeZone timeZone(ZoneId zone) {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        TimeZone timeZone = registry.getTimeZone(zone.getId());
        if (timeZone == null) {
            throw new IllegalArgumentException("No iCalendar time zone definition for " + zone.getId());
        }
        return timeZone;
    }

    private static URI mailto(String address) {
        return URI.create("mailto:" + address);
    }
}
