package org.pushbox.server.admin;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads a new password: from the console without echo, asked twice, or, for scripts, the first line of
 * standard input ({@code --password-stdin}). Never from the command line, where it would end up in the
 * shell history and the process list.
 */
final class PasswordInput {

    /** The password could not be read; the message says why. */
    static final class PasswordException extends Exception {
        private static final long serialVersionUID = 1L;

        PasswordException(String message) {
            super(message);
        }
    }

    static final int MAX_LENGTH = 1024;

    private PasswordInput() {
    }

    static String read(boolean fromStdin, InputStream stdin, String login) throws PasswordException {
        String password = fromStdin ? fromStream(stdin) : fromConsole(login);
        if (password.isEmpty()) {
            throw new PasswordException("the password is empty");
        }
        if (password.length() > MAX_LENGTH) {
            throw new PasswordException("the password is longer than " + MAX_LENGTH + " characters");
        }
        return password;
    }

    private static String fromStream(InputStream stdin) throws PasswordException {
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
            String line = reader.readLine();
            if (line == null) {
                throw new PasswordException("standard input is empty; expected the password on its first line");
            }
            return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        } catch (IOException e) {
            throw new PasswordException("cannot read standard input: " + e.getMessage());
        }
    }

    private static String fromConsole(String login) throws PasswordException {
        Console console = System.console();
        if (console == null) {
            throw new PasswordException("no terminal to ask for the password; pipe it in with --password-stdin");
        }
        char[] first = console.readPassword("New password for %s: ", login);
        char[] second = console.readPassword("Repeat it: ");
        if (first == null || second == null) {
            throw new PasswordException("no password entered");
        }
        try {
            if (!Arrays.equals(first, second)) {
                throw new PasswordException("the two passwords differ");
            }
            return new String(first);
        } finally {
            Arrays.fill(first, '\0');
            Arrays.fill(second, '\0');
        }
    }
}
