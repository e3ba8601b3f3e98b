package org.cryopath.scheduling.application;

import java.util.List;

/** One page of a longer list, and how many rows the whole list has. */
public record Page<T>(List<T> rows, long total) {

    public Page {
        rows = List.copyOf(rows);
    }
}
