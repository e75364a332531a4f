package org.visitdesk.domain;

import java.util.Arrays;
import java.util.List;

/**
 * Words for people, not yet in a language: a message key and the values it needs. Values may be text, numbers,
 * days, weekdays, other messages or lists of them; they are put into words where the language is known (the
 * window, or the command line with its {@code --lang}).
 */
public record Message(String key, List<Object> args) {

    public Message {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a message needs a key");
        }
        args = args == null ? List.of() : args.stream().map(a -> a == null ? (Object) "" : a).toList();
    }

    /** A message with its values. */
    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }
}
