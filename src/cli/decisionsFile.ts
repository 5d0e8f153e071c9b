// Reads crossread.yaml beside the corpus for the CLI (read only: the CLI never edits decisions).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DECISIONS_FILE, parseDecisions } from '../core/decisions/decisionsYaml';
import { emptyDecisions, type Decisions } from '../core/model';

export function loadDecisionsFile(root: string): { decisions: Decisions; warnings: string[] } {
  const path = join(root, DECISIONS_FILE);
  if (!existsSync(path)) return { decisions: emptyDecisions(), warnings: [] };
  try {
    const { decisions, problems } = parseDecisions(readFileSync(path, 'utf8'));
    return { decisions, warnings: problems.map((p) => `line ${p.line}: ${p.message}`) };
  } catch (err) {
    return { decisions: emptyDecisions(), warnings: [`cannot read: ${(err as Error).message}`] };
  }
}
