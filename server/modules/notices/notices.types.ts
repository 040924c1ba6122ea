import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { enumOf, UserError } from "../../platform/graphql-common.js";
import { NOTICE_KINDS, type NoticeKind } from "./notice-kinds.js";

export const NoticeKindEnum = enumOf(NOTICE_KINDS);
registerEnumType(NoticeKindEnum, { name: "NoticeKind" });

@ObjectType({ description: "A melding for the logged-in user: what happened to one deployment, in Dutch, without a BSN or a name." })
export class Notice {
  @Field(() => ID)
  id: string;

  @Field(() => NoticeKindEnum)
  kind: NoticeKind;

  @Field(() => String, { description: "A short Dutch title, as in the e-mail's subject." })
  title: string;

  @Field(() => String, { description: "The Dutch sentence, as in the e-mail." })
  message: string;

  @Field(() => ID, { description: "The deployment it is about (its page: /inzetten/:id)." })
  deploymentId: string;

  @Field(() => String, { description: "ISO 8601 timestamp." })
  createdAt: string;

  @Field(() => String, { nullable: true, description: "ISO 8601 timestamp of when the user marked it read; null: unread." })
  readAt: string | null;
}

@InputType()
export class MarkNoticesReadInput {
  @Field(() => [ID], { description: "The user's own notices; other ids change nothing." })
  ids: string[];
}

@ObjectType()
export class MarkNoticesReadPayload {
  @Field(() => [Notice])
  notices: Notice[];

  @Field(() => Int, { description: "The user's unread notices after the change, for the header's count." })
  unreadCount: number;

  @Field(() => [UserError])
  userErrors: UserError[];
}
