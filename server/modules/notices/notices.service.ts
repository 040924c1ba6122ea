import type { DataSource } from "typeorm";
import type { Actor } from "../../platform/actor.js";
import { isUuid } from "../../platform/ids.js";
import type { Logger } from "../../platform/logger.js";
import { assertCan } from "../access/permissions.js";
import type { CatalogueService } from "../catalogue/catalogue.service.js";
import type { ReviewQueueService } from "../review/review-queue.service.js";
import type { NoticeDetails } from "./notice-kinds.js";
import { raiseNotice } from "./raise-notice.js";

export interface NoticeRow {
  id: string;
  municipalityId: string;
  deploymentId: string;
  details: NoticeDetails;
  createdAt: Date;
  readAt: Date | null;
}

/** The newest notices a user sees in the list; older ones stay in the table. */
export const NOTICE_LIST_LIMIT = 100;

/**
 * Meldingen: the notices addressed to the logged-in user (the header's count, the list, marking
 * them read) and the periodic scan that raises the notices no request causes (a review year
 * that ends, a review that is overdue).
 */
export class NoticesService {
  constructor(
    private readonly db: DataSource,
    private readonly reviewQueue: ReviewQueueService,
    private readonly catalogue: CatalogueService,
  ) {}

  async list(actor: Actor | null, unreadOnly: boolean): Promise<NoticeRow[]> {
    const user = assertCan(actor, "notice.read");
    return this.db.query(
      `SELECT id, municipality_id AS "municipalityId", deployment_id AS "deploymentId", details, created_at AS "createdAt", read_at AS "readAt"
         FROM notice WHERE recipient_user_id = $1 ${unreadOnly ? "AND read_at IS NULL" : ""}
        ORDER BY created_at DESC, id LIMIT ${NOTICE_LIST_LIMIT}`,
      [user.userId],
    );
  }

  async unreadCount(actor: Actor | null): Promise<number> {
    const user = assertCan(actor, "notice.read");
    const [row] = await this.db.query<Array<{ n: number }>>("SELECT count(*)::int AS n FROM notice WHERE recipient_user_id = $1 AND read_at IS NULL", [user.userId]);
    return row.n;
  }

  /** Marks the user's own notices read; someone else's id changes nothing (and says nothing). */
  async markRead(actor: Actor | null, ids: string[]): Promise<NoticeRow[]> {
    const user = assertCan(actor, "notice.read");
    const own = ids.filter(isUuid).slice(0, NOTICE_LIST_LIMIT);
    const [rows] = await this.db.query<[NoticeRow[], number]>(
      `UPDATE notice SET read_at = coalesce(read_at, now()) WHERE recipient_user_id = $1 AND id = ANY($2::uuid[])
       RETURNING id, municipality_id AS "municipalityId", deployment_id AS "deploymentId", details, created_at AS "createdAt", read_at AS "readAt"`,
      [user.userId, own],
    );
    return rows;
  }

  /**
   * Raises the time-based notices for every municipality: the provider's advice is due (its
   * review year ends within eight weeks, rules/review-queue.ts) and, once the next year has
   * started without a decision, the officers' overdue review. Idempotent: each event has its
   * own key, so running it again, or in two API processes at once, adds nothing.
   */
  async scanDueReviews(log: Logger): Promise<void> {
    for (const item of await this.reviewQueue.dueEverywhere()) {
      const { deployment } = item;
      const voorziening = await this.catalogue.voorzieningOn(this.db.manager, deployment.municipalityId, deployment.voorzieningCode, deployment.startDate);
      const span = { voorziening: voorziening?.name ?? deployment.voorzieningCode, reviewYearStart: item.period.start, reviewYearEnd: item.period.end };
      const base = { municipalityId: deployment.municipalityId, deploymentId: deployment.id };
      if (item.advice === null) {
        await raiseNotice(this.db.manager, { ...base, key: `review-ending:${deployment.id}:${item.reviewYear}`, to: { providerId: deployment.providerId }, details: { kind: "REVIEW_YEAR_ENDING", ...span, started: item.overdue } });
      }
      if (item.overdue) {
        await raiseNotice(this.db.manager, { ...base, key: `review-overdue:${deployment.id}:${item.reviewYear}`, to: { officersOf: deployment.municipalityId }, details: { kind: "REVIEW_OVERDUE", ...span } });
      }
    }
    log.debug("notices: review scan done");
  }
}
