/**
 * Names a note may use to embed an interactive widget, e.g. `<SoftmaxTemperature />`.
 * The content checker rejects any other capitalised JSX name, and components/widgets/registry.ts
 * must export a component under each name here (adding a widget: README.md, "Add a widget").
 */
export const WIDGET_NAMES = ['SelfAttention', 'SoftmaxTemperature', 'RocAuc', 'FocalLoss', 'LrSchedule', 'RankingMetrics', 'DecodingSampler', 'NormAxes', 'L1L2Geometry', 'OptimizerPaths', 'RopePositional'] as const satisfies readonly string[];
export type WidgetName = (typeof WIDGET_NAMES)[number];
