// Reads crossread.yaml beside the corpus for the CLI (read only: the CLI never edits decisions). The file is read
// as an article is: a regular file only (a named pipe or a link to a device is refused without blocking), within a
// size limit, decoded like an article; each problem is one short line.
import { join } from 'node:path';
import { DECISIONS_FILE, MAX_DECISIONS_BYTES, parseDecisionsBytes } from '../core/decisions/decisionsYaml';
import { emptyDecisions, type Decisions } from '../core/model';
import { readRegularFile } from './readFolder';

/** Problems printed at most. */
const SHOWN = 10;

export function loadDecisionsFile(root: string): { decisions: Decisions; warnings: string[] } {
  const none = 'no decisions are read from it';
  const got = readRegularFile(join(root, DECISIONS_FILE), MAX_DECISIONS_BYTES, none);
  if ('reason' in got) {
    if (got.missing) return { decisions: emptyDecisions(), warnings: [] };
    return { decisions: emptyDecisions(), warnings: [got.reason.endsWith(none) ? got.reason : `${got.reason}; ${none}`] };
  }
  const { decisions, problems, unlisted } = parseDecisionsBytes(got.bytes);
  // On the terminal the first few; the editor lists more in its Problems panel.
  const listed = unlisted ? problems.slice(0, -1) : problems;
  const warnings = listed.slice(0, SHOWN).map((p) => `line ${p.line}: ${p.message}`);
  const more = listed.length - Math.min(SHOWN, listed.length) + (unlisted ?? 0);
  if (more > 0) warnings.push(`and ${more} more problem${more === 1 ? '' : 's'}`);
  return { decisions, warnings };
}
