import nodemailer, { type Transporter } from "nodemailer";
import type { DataSource } from "typeorm";
import type { Logger } from "../../platform/logger.js";
import { transact } from "../../platform/transaction.js";
import { noticeText, type NoticeDetails } from "./notice-kinds.js";

export interface MailSettings {
  smtpUrl: string;
  from: string;
  /** Where the portal is reached, for the link in the e-mail. */
  portalUrl: string;
}

/** After a failed attempt: 30 s, 1, 2, 4 ... minutes, at most six hours; given up after ten tries. */
const MAX_ATTEMPTS = 10;
const retryDelaySeconds = (attempts: number) => Math.min(30 * 2 ** attempts, 6 * 3600);
/** A mail that could not go out within two days is stale news; it is left unsent. */
const MAX_AGE = "2 days";
const BATCH = 20;

interface DueMail {
  municipalityId: string;
  noticeId: string;
  attempts: number;
  to: string;
  details: NoticeDetails;
}

/**
 * Sends the outbox (notice_mail) by SMTP. Each batch is claimed with SELECT ... FOR UPDATE
 * SKIP LOCKED and marked sent in the same transaction, so two API processes never take the
 * same mail, and a mail whose event committed is sent even when the process that committed
 * it died first. A crash after the SMTP server accepted a mail but before the commit sends it
 * again on the next run; its Message-ID is the notice's, so a receiver can recognise it.
 */
export class NoticeMailer {
  private readonly transport: Transporter;

  constructor(
    private readonly db: DataSource,
    private readonly settings: MailSettings,
    private readonly log: Logger,
  ) {
    this.transport = nodemailer.createTransport(settings.smtpUrl);
  }

  /** Sends what is due now; answers how many mails went out. */
  async sendDue(): Promise<number> {
    // One transaction holds the claimed rows' locks until each is marked sent or retried.
    const sent = await transact(this.db, async (manager) => {
      const due: DueMail[] = await manager.query(
        `SELECT m.municipality_id AS "municipalityId", m.notice_id AS "noticeId", m.attempts, u.email AS "to", n.details
           FROM notice_mail m
           JOIN notice n ON n.municipality_id = m.municipality_id AND n.id = m.notice_id
           JOIN app_user u ON u.id = n.recipient_user_id
          WHERE m.sent_at IS NULL AND m.next_attempt_at <= now() AND m.attempts < $1 AND m.created_at > now() - $2::interval AND u.active
          ORDER BY m.next_attempt_at
          LIMIT $3
          FOR UPDATE OF m SKIP LOCKED`,
        [MAX_ATTEMPTS, MAX_AGE, BATCH],
      );
      let count = 0;
      for (const mail of due) {
        const key = [mail.municipalityId, mail.noticeId];
        try {
          await this.transport.sendMail(this.message(mail));
          await manager.query("UPDATE notice_mail SET sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE municipality_id = $1 AND notice_id = $2", key);
          count++;
        } catch (error) {
          const reason = String((error as Error).message ?? error).slice(0, 500);
          this.log.warn({ noticeId: mail.noticeId, attempts: mail.attempts + 1, reason }, "notice mail not sent; will retry");
          await manager.query(
            `UPDATE notice_mail SET attempts = attempts + 1, last_error = $3, next_attempt_at = now() + make_interval(secs => $4)
              WHERE municipality_id = $1 AND notice_id = $2`,
            [...key, reason, retryDelaySeconds(mail.attempts)],
          );
        }
      }
      return count;
    });
    return sent as number;
  }

  close(): void {
    this.transport.close();
  }

  /** The notice's title and sentence and a link to the list: never a BSN or a name. */
  private message(mail: DueMail) {
    const { title, message } = noticeText(mail.details);
    return {
      from: this.settings.from,
      to: mail.to,
      subject: `VIV-portaal: ${title}`,
      messageId: `<${mail.noticeId}@viv-portaal>`,
      text: `${message}\n\nBekijk uw meldingen in het VIV-portaal: ${this.settings.portalUrl}/meldingen\n\nDit bericht is automatisch verstuurd; antwoorden op dit bericht worden niet gelezen.\n`,
    };
  }
}
