package org.geneft.aut;

/** The nauty shim or Debian's libnauty could not be loaded; the message says what to install. */
public final class NativeLibraryUnavailableException extends RuntimeException {
    public NativeLibraryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
