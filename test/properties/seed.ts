// fast-check's seed for the property suites. In CI (CI set) one fixed seed, so a run on a clean clone is
// repeatable and a red CI can be reproduced exactly; on a developer's machine a new seed every run, to keep
// exploring. CROSSREAD_FC_SEED=<n> pins any seed (fast-check prints the seed of a failing run).
import fc from 'fast-check';

const pinned = process.env.CROSSREAD_FC_SEED;
const seed = pinned !== undefined && pinned !== '' ? Number(pinned) : process.env.CI ? 20261122 : undefined;
if (seed !== undefined && Number.isInteger(seed)) fc.configureGlobal({ seed });
