// The browser entry (vscode.dev, code-server's web worker host): the same extension. The editor layer only
// uses workspace.fs, TextDecoder and timers, so nothing here is Node-specific.
export { activate, deactivate } from '../extension';
