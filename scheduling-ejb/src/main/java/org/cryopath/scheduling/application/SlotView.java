package org.cryopath.scheduling.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * A free slot and why it is free: the room (open, free, with the case's imaging), the radiologist and, under
 * general anaesthesia, the anaesthetist (at work and free), the recovery bays left at its busiest moment, and the
 * minutes of the room's day it would leave too short for another session (less is better).
 */
public record SlotView(Instant start, Instant end, long roomId, String roomName, long radiologistId,
        String radiologistName, Long anaesthetistId, String anaesthetistName, int recoveryBaysLeft, int wastedMinutes)
        implements Serializable {
}
