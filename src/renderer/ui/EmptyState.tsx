import type { ReactNode } from 'react';

interface EmptyStateProps {
  icon: ReactNode;
  title: string;
  hint: string;
  /** Renders the title as a heading when the empty state is all a region has to say. */
  titleAsHeading?: boolean;
  children?: ReactNode;
}

export function EmptyState({ icon, title, hint, titleAsHeading = false, children }: EmptyStateProps) {
  return (
    <div className="empty-state">
      <span className="empty-state__icon">{icon}</span>
      {titleAsHeading ? (
        <h2 className="empty-state__title">{title}</h2>
      ) : (
        <p className="empty-state__title">{title}</p>
      )}
      <p className="empty-state__hint">{hint}</p>
      {children}
    </div>
  );
}
