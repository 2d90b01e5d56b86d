'use client';

import { useEffect } from 'react';
import { captureInstallPrompt } from '@/components/offline/install-state';
import { enhancePage } from './index';

/** On pages the app router renders: the same enhancements note pages get from their own module. */
export function PageEnhancer() {
  useEffect(() => {
    // The install prompt is offered on /progress/, an app page; note pages leave the browser's own.
    captureInstallPrompt();
    enhancePage('render');
  }, []);
  return null;
}
