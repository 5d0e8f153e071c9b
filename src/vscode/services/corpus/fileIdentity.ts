// Symbolic link twins: one file reached through a symbolic link and under its own name (or through two links) is
// read once, as the CLI does. Each indexed file read from disk keeps its identity (times and size: a link and its
// target have the same) and whether it was read through a link.
export class FileIdentities {
  private readonly identities = new Map<string, { identity: string; link: boolean }>();
  /** Identity -> the documents that have it (nearly always one). */
  private readonly byIdentity = new Map<string, Set<string>>();

  /** Another indexed document that is the same file as this one (same identity and text; one of them a link). */
  twinOf(id: string, identity: string | undefined, link: boolean | undefined, text: string, textOf: (id: string) => string | undefined): string | undefined {
    if (!identity) return undefined;
    for (const other of this.byIdentity.get(identity) ?? []) {
      if (other !== id && (this.identities.get(other)?.link || link) && textOf(other) === text) return other;
    }
    return undefined;
  }

  /** The document was read through a symbolic link. */
  isLink(id: string): boolean {
    return this.identities.get(id)?.link === true;
  }

  /** A document read now: its identity replaces the one it had (none: read from an editor). */
  set(id: string, identity: string | undefined, link: boolean | undefined): void {
    this.forget(id);
    if (!identity) return;
    this.identities.set(id, { identity, link: !!link });
    const ids = this.byIdentity.get(identity);
    if (ids) ids.add(id);
    else this.byIdentity.set(identity, new Set([id]));
  }

  forget(id: string): void {
    const idn = this.identities.get(id);
    if (!idn) return;
    this.identities.delete(id);
    const ids = this.byIdentity.get(idn.identity);
    ids?.delete(id);
    if (ids?.size === 0) this.byIdentity.delete(idn.identity);
  }

  clear(): void {
    this.identities.clear();
    this.byIdentity.clear();
  }
}
