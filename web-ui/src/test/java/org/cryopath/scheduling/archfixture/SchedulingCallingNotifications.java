package org.cryopath.scheduling.archfixture;

import jakarta.inject.Inject;
import org.cryopath.notifications.application.Outbox;

/** Wrong on purpose (ArchitectureTest): scheduling enqueuing mail itself instead of firing a domain event. */
public class SchedulingCallingNotifications {

    @Inject
    Outbox outbox;
}
