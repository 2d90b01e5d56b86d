import type { ComponentType } from 'react';
import type { WidgetName } from '@/lib/widget-names';

/**
 * Widget name → component, for the MDX map. Each entry must load its code only on pages that
 * embed it (see issue 7); the `Record` type keeps this in sync with WIDGET_NAMES.
 */
export const widgetComponents: Record<WidgetName, ComponentType<any>> = {};
