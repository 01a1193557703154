/**
 * Policy: how scores become enforcement. {@link org.hydraguard.core.policy.Policy} is a plain record
 * tree with shipped defaults ({@link org.hydraguard.core.policy.Policy#defaults()}): score thresholds
 * per action, allowlists of accounts and organizations, shadow mode, expiry per action, and the
 * detection tuning.
 *
 * <p>Invariants: thresholds rise with severity; an allowlisted or shadow-mode subject is never
 * restricted (at most monitored, with the would-be action in its reasons); the policy holds no state.
 */
package org.hydraguard.core.policy;
