// Crossread for VS Code, shared by the desktop and web entries: activation registers the features and returns
// at once; reading the corpus starts in the background (decisions first, then the scan), so activation blocks
// nothing. The entry decides where the engine runs.
import * as vscode from 'vscode';
// First of the bundle's own modules: its clock starts when the extension's code starts evaluating.
import { activationLine, activationTimer } from './activationTiming';
import type { CrossreadApi } from './api';
import { features } from './features';
import { ConfigService } from './services/configService';
import { CorpusService, type EngineFactory } from './services/corpus';
import { DecisionsService } from './services/decisions';
import { Log } from './services/log';
import type { Services } from './services/services';

export function activateCrossread(context: vscode.ExtensionContext, createEngine?: (log: Log) => EngineFactory): CrossreadApi {
  const { timing, step, done, deferred } = activationTimer();
  const log = new Log();
  step('output channel');
  const config = new ConfigService(log);
  step('settings');
  const corpus = new CorpusService(config, log, createEngine?.(log), context.storageUri);
  step('corpus service (starts the engine)');
  const decisions = new DecisionsService(log);
  const services: Services = { log, config, corpus, decisions, hooks: {} };
  context.subscriptions.push(log, config, corpus, decisions, decisions.onDidChange((d) => corpus.setDecisions(d)));
  step('decisions service');

  for (const feature of features) {
    try {
      feature(context, services);
    } catch (err) {
      log.error(`a feature failed to start (${feature.name})`, err);
    }
    step(feature.name);
  }

  const started = new Promise<void>((resolve) => {
    setTimeout(() => {
      deferred();
      log.info(activationLine(timing));
      decisions.start();
      void decisions.whenLoaded().then(() => {
        corpus.start();
        resolve();
      });
    }, 0);
  });

  const api: CrossreadApi = {
    snapshot: () => corpus.current.snapshot,
    whenIdle: async () => {
      await started;
      await decisions.whenLoaded();
      await corpus.whenIdle();
    },
    indexState: () => corpus.indexState,
    engine: () => corpus.engineKind,
    documentId: (uri) => corpus.idOf(uri),
    documentText: (doc) => corpus.current.text(doc),
    decisions: () => decisions.decisions,
    decisionProblems: () => decisions.problems,
    decorations: () => services.hooks.decorations?.() ?? {},
    compare: () => services.hooks.compare?.() ?? { claimId: undefined, html: undefined },
    log: () => log.messages(),
    activation: () => ({ ...timing, steps: timing.steps.map((x) => ({ ...x })) }),
  };
  done();
  return api;
}
