// Command ids. The public ones are in the palette under the "Crossread" category; the internal ones are used
// by hovers, trees and the webview and are hidden from the palette.
export const Commands = {
  listContradictions: 'crossread.listContradictions',
  findEntity: 'crossread.findEntity',
  showVariants: 'crossread.showVariants',
  openSideBySide: 'crossread.openSideBySide',
  rebuildIndex: 'crossread.rebuildIndex',
  exportReport: 'crossread.exportReport',
  toggleHighlights: 'crossread.toggleHighlights',
  markSameEntity: 'crossread.markSameEntity',
  markDifferentEntities: 'crossread.markDifferentEntities',
  ignoreFigure: 'crossread.ignoreFigure',
  // internal
  openMention: 'crossread.openMention',
  compareClaim: 'crossread.compareClaim',
} as const;

/** Commands a hover may run (MarkdownString.isTrusted.enabledCommands). */
export const HOVER_COMMANDS: readonly string[] = [Commands.openMention, Commands.compareClaim];

export const VIEW_CONTAINER = 'crossread';
export const CLAIMS_VIEW = 'crossread.claims';
export const ENTITIES_VIEW = 'crossread.entities';
