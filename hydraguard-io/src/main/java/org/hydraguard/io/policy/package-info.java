/**
 * Policy files: {@link org.hydraguard.io.policy.PolicyYaml} reads a YAML policy into the engine's
 * {@link org.hydraguard.core.policy.Policy} and writes one back.
 *
 * <p>Invariants: an absent key takes the shipped default; an unknown key, a value of the wrong type
 * or out of range is an {@link org.hydraguard.io.policy.InvalidPolicyException} whose message names
 * the file, the line and the dotted field path; {@code parse(write(p))} equals {@code p}.
 */
package org.hydraguard.io.policy;
