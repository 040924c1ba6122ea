import { GraphQLObjectType, defaultFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from "graphql";
import type { MiddlewareFn } from "type-graphql";
import type { Context } from "../platform/context.js";

/**
 * Runs `guards` (type-graphql middlewares) in order before the resolver of each root field and
 * each field that takes arguments, as type-graphql would run them, and fails closed: a root field
 * added later is guarded too. Fields of objects without arguments (a report row's month, its
 * amount) are left alone: a guard has nothing to check there, and running the middleware chain
 * for each of them (a few promises per field) cost an answer of thousands of rows most of its time.
 */
export function guardFields(schema: GraphQLSchema, guards: MiddlewareFn<Context>[]): void {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (!roots.has(type) && field.args.length === 0) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (root: unknown, args: Record<string, unknown>, context: Context, info: GraphQLResolveInfo) => {
        const dispatch = async (index: number): Promise<unknown> => {
          if (index === guards.length) return resolve(root, args, context, info);
          let nextResult: unknown;
          const result: unknown = await guards[index]({ root, args, context, info }, async () => (nextResult = await dispatch(index + 1)));
          return result !== undefined ? result : nextResult;
        };
        return dispatch(0);
      };
    }
  }
}
