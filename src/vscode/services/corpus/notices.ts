// What the reader is told about single articles in the output channel: why one is skipped, and what is wrong with
// one that was read anyway (invalid UTF-8, malformed front matter, an empty file). Each is said once, and again
// only when it changes.
import { oneLine } from '../../../core/documents/decode';
import type { Log } from '../log';

export class ArticleNotices {
  private readonly skipped = new Map<string, string>();
  private readonly warned = new Map<string, string>();

  constructor(private readonly log: Log) {}

  skip(id: string, reason: string): void {
    if (this.skipped.get(id) !== reason) {
      this.skipped.set(id, reason);
      this.log.warn(`skipped ${oneLine(id)}: ${oneLine(reason)}`);
    }
  }

  /** The warnings of an article read now (none: the article is fine, and a later warning is said again). */
  warnings(id: string, notes: readonly string[]): void {
    const key = notes.join('\n');
    if (key && this.warned.get(id) !== key) for (const w of notes) this.log.warn(`${oneLine(id)}: ${oneLine(w)}`);
    this.warned.set(id, key);
  }

  /** The article is indexed: if it was skipped before, that is said. */
  indexed(id: string): void {
    if (this.skipped.delete(id)) this.log.info(`${oneLine(id)}: indexed again`);
  }

  clear(): void {
    this.skipped.clear();
    this.warned.clear();
  }
}
