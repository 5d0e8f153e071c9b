// What one job's result does to the index: a file read goes to the engine ('set') and into the mirror; a file
// removed, skipped or unreadable leaves both ('remove'). One file reached through a symbolic link and under its
// own name (or two links) is read once, as the CLI does: the link is the one skipped.
import type { ConfigService } from '../configService';
import type { EngineConnection } from './engineConnection';
import type { FileIdentities } from './fileIdentity';
import type { Job } from './jobQueue';
import type { DocumentMirror } from './mirror';
import type { ArticleNotices } from './notices';
import type { Loaded } from './readArticle';
import type { ViewReceiver } from './viewReceiver';

export interface ArticleDeps {
  config: ConfigService;
  engine: EngineConnection;
  mirror: DocumentMirror;
  identities: FileIdentities;
  notices: ArticleNotices;
  receiver: ViewReceiver;
  /** The job queue's epoch: an answer for an older one (the engine was reset meanwhile) is dropped. */
  epoch: () => number;
}

export class ArticleIndexer {
  constructor(private readonly deps: ArticleDeps) {}

  async apply(job: Job, loaded: Loaded): Promise<void> {
    const { config, engine, mirror, identities, notices, receiver } = this.deps;
    if (loaded.kind === 'remove') {
      await this.drop(job);
      return;
    }
    if (loaded.kind === 'skip') {
      notices.skip(job.id, loaded.reason);
      await this.drop(job);
      return;
    }
    const twin = identities.twinOf(job.id, loaded.identity, loaded.link, loaded.text, (id) => mirror.text(id));
    if (twin !== undefined) {
      if (loaded.link) {
        notices.skip(job.id, `same file as ${twin} (symbolic link); read once`);
        await this.drop(job);
        return;
      }
      if (identities.isLink(twin)) {
        notices.skip(twin, `same file as ${job.id} (symbolic link); read once`);
        this.forget(twin);
        receiver.markDue();
        await engine.call({ type: 'remove', id: twin });
      }
    }
    const cfg = config.get(job.uri);
    const res = await engine.call({ type: 'set', id: job.id, text: loaded.text, languages: cfg.languages });
    if (job.epoch !== this.deps.epoch()) return; // a rebuild reset the engine meanwhile
    if (res.result === 'skipped') {
      notices.skip(job.id, res.reason);
      if (res.removed) receiver.markDue();
      this.forget(job.id);
      return;
    }
    if (res.result === 'changed') {
      receiver.markDue();
      // What the reader should know about a file that was read anyway: said once, and again only when it changes.
      notices.warnings(job.id, [...(loaded.warning ? [loaded.warning] : []), ...res.analysis.meta.warnings]);
    }
    mirror.read(job.id, job.uri, loaded.text, res.result === 'changed' ? res.analysis : undefined);
    identities.set(job.id, loaded.identity, loaded.link);
    notices.indexed(job.id);
  }

  /** The document leaves the index (if it was in it). */
  async drop(job: Job): Promise<void> {
    const known = this.deps.mirror.has(job.id);
    this.forget(job.id);
    if (!known) return;
    this.deps.receiver.markDue();
    await this.deps.engine.call({ type: 'remove', id: job.id });
  }

  forget(id: string): void {
    this.deps.identities.forget(id);
    this.deps.mirror.forget(id);
  }
}
