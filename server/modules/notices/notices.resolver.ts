import { Arg, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../platform/context.js";
import { noticeText } from "./notice-kinds.js";
import type { NoticeRow } from "./notices.service.js";
import { MarkNoticesReadInput, MarkNoticesReadPayload, Notice } from "./notices.types.js";

function toNotice(row: NoticeRow): Notice {
  return { id: row.id, kind: row.details.kind, ...noticeText(row.details), deploymentId: row.deploymentId, createdAt: row.createdAt.toISOString(), readAt: row.readAt?.toISOString() ?? null };
}

@Resolver(() => Notice)
export class NoticesResolver {
  @Query(() => [Notice], { description: "The logged-in user's meldingen, newest first (the latest 100)." })
  async notices(@Arg("unreadOnly", () => Boolean, { defaultValue: false }) unreadOnly: boolean, @Ctx() ctx: Context): Promise<Notice[]> {
    return (await ctx.services.notices.list(ctx.actor, unreadOnly)).map(toNotice);
  }

  @Query(() => Int, { description: "How many of the logged-in user's meldingen are unread (the count in the header)." })
  unreadNoticeCount(@Ctx() ctx: Context): Promise<number> {
    return ctx.services.notices.unreadCount(ctx.actor);
  }

  @Mutation(() => MarkNoticesReadPayload)
  async markNoticesRead(@Arg("input", () => MarkNoticesReadInput) input: MarkNoticesReadInput, @Ctx() ctx: Context): Promise<MarkNoticesReadPayload> {
    const notices = (await ctx.services.notices.markRead(ctx.actor, input.ids)).map(toNotice);
    return { notices, unreadCount: await ctx.services.notices.unreadCount(ctx.actor), userErrors: [] };
  }
}
