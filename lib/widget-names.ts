/**
 * Names a note may use to embed an interactive widget, e.g. `<SoftmaxTemperature />`.
 * The content checker rejects any other capitalised JSX name, and the MDX component map
 * must provide a component for each name here.
 */
export const WIDGET_NAMES = ['SelfAttention', 'SoftmaxTemperature', 'RocAuc', 'FocalLoss', 'LrSchedule', 'RankingMetrics', 'DecodingSampler', 'NormAxes', 'L1L2Geometry', 'OptimizerPaths', 'RopePositional'] as const satisfies readonly string[];
export type WidgetName = (typeof WIDGET_NAMES)[number];
