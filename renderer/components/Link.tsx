import { Anchor, type AnchorProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { navigate } from '../lib/router';

/**
 * An in-app link: a real href (copy, middle-click) that navigates through the
 * router; inside a clickable row the row's own click does not fire.
 */
export function Link({
  to,
  children,
  ...props
}: { to: string; children: ReactNode } & AnchorProps & { 'data-testid'?: string; title?: string }) {
  return (
    <Anchor
      href={`#${to}`}
      onClick={(e) => {
        e.preventDefault();
        e.stopPropagation();
        navigate(to);
      }}
      {...props}
    >
      {children}
    </Anchor>
  );
}
