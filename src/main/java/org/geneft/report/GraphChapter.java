package org.geneft.report;

import org.geneft.statics.StaticBounds;

import java.util.Objects;

/**
 * The user's own graph (verify --graph): its name as given (escaped when typeset) and its static bounds.
 *
 * @param name   the file as the user named it
 * @param format the reader used
 * @param bounds description length, Eq. 3-5 and the transition scale
 */
public record GraphChapter(String name, String format, StaticBounds bounds) {
    public GraphChapter {
        Objects.requireNonNull(name);
        Objects.requireNonNull(format);
        Objects.requireNonNull(bounds);
    }
}
