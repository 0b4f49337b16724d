package io.threadlab.command;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** An I/O failure in a few words, for a one-line message: the JDK's own messages are often just a path. */
public final class IoReason {
    private IoReason() {}

    public static String of(IOException e) {
        String reason = e instanceof FileSystemException f ? f.getReason() : null;
        if (reason != null && reason.contains("No space left")) {
            return "the disk is full";
        }
        if (reason != null && reason.contains("Read-only file system")) {
            return "the disk is read-only";
        }
        return switch (e) {
            case NoSuchFileException x -> "no such file or folder";
            case AccessDeniedException x -> "permission denied";
            case NotDirectoryException x -> "a file stands where a folder should be";
            case java.nio.file.FileAlreadyExistsException x -> "a file of that name is in the way";
            default -> reason != null ? reason
                    : e.getMessage() != null && e.getMessage().contains("No space left") ? "the disk is full"
                    : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        };
    }
}
