package dev.parley.common.http;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Failed logins allowed per client address and per user name in a window; see {@link AuthenticationFailures}. */
@ConfigMapping(prefix = "parley.auth-throttle")
public interface AuthThrottleConfig {

    /** Off: every attempt is tried. */
    @WithDefault("true")
    boolean enabled();

    /** Failed attempts from one client address within the window before its credentials are refused. */
    @WithDefault("20")
    int maxFailuresPerAddress();

    /** Failed attempts for one user name (HTTP Basic) within the window, from any address. */
    @WithDefault("5")
    int maxFailuresPerUser();

    /** Counted from the first failure; once it is over, the count starts afresh. */
    @WithDefault("1m")
    Duration window();

    /** Addresses and user names tracked at most (memory bound under a distributed attack). */
    @WithDefault("100000")
    int maxTracked();
}
