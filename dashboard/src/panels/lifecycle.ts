// Timeliness and recommendation follow-up: drawn when the API answers them, else said to be unavailable.
import { Panel } from '../ui/panel';

/** A panel for a question this API version does not answer yet: says so plainly. */
export class PendingPanel {
  readonly panel: Panel;

  constructor(
    id: string,
    title: string,
    description: string,
    private readonly field: string,
  ) {
    this.panel = new Panel({ id, title, description });
    this.ticket = this.panel.begin();
  }

  private ticket: number;

  /** The API's capabilities could not be read: shows that error with a retry. */
  failed(err: unknown, retry: () => void): void {
    this.panel.error(this.ticket, err, retry);
  }

  /**
   * Shows the "not available" state: the API's Query type has no `field`, or it has one that this
   * dashboard does not chart yet. Returns whether the API answers `field`.
   */
  load(queryFields: Set<string>): boolean {
    this.ticket = this.panel.begin();
    const answered = queryFields.has(this.field);
    this.panel.unavailable(
      answered
        ? `Not drawn yet: the API answers \`${this.field}\`, and this dashboard does not chart it yet.`
        : `Not available from this API: it does not answer \`${this.field}\` yet. This chart appears when it does.`,
    );
    return answered;
  }
}

export function timelinessPanel(): PendingPanel {
  return new PendingPanel(
    'panel-timeliness',
    'Rapid review timeliness',
    'Notifications within 5 working days and rapid reviews within 15, by partnership.',
    'timeliness',
  );
}

export function followUpPanel(): PendingPanel {
  return new PendingPanel(
    'panel-follow-up',
    'Recommendation follow-up',
    'Recommendations open, overdue and completed, by the agency that owns them.',
    'recommendationFollowUp',
  );
}
