// Every feature of the extension, registered in this order by activate().
import type { Feature } from '../services/services';
import { compareFeature } from './compare';
import { corpusCommandsFeature } from './corpusCommands';
import { decisionCommandsFeature } from './decisionCommands';
import { decorationsFeature } from './decorations';
import { hoverFeature } from './hover';
import { navigationFeature } from './navigation';
import { statusBarFeature } from './statusBar';
import { viewsFeature } from './views';

export const features: Feature[] = [
  statusBarFeature,
  viewsFeature,
  decorationsFeature,
  hoverFeature,
  compareFeature,
  navigationFeature,
  corpusCommandsFeature,
  decisionCommandsFeature,
];
