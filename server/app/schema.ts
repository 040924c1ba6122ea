import { buildSchema } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import { AccountsResolver } from "../modules/accounts/accounts.resolver.js";
import { AuthResolver } from "../modules/auth/auth.resolver.js";
import { CatalogueResolver } from "../modules/catalogue/catalogue.resolver.js";
import { DeploymentResolver } from "../modules/deployment/deployment.resolver.js";
import { HourEntryRevisionResolver, HoursResolver } from "../modules/hours/hours.resolver.js";
import { IndicationResolver } from "../modules/indication/indication.resolver.js";
import { WaakvlamResolver } from "../modules/waakvlam/waakvlam.resolver.js";
import { OrganisationResolver } from "../modules/organisation/organisation.resolver.js";
import { requireUserOnRootFields } from "./require-user.js";

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [
      AuthResolver,
      AccountsResolver,
      OrganisationResolver,
      CatalogueResolver,
      DeploymentResolver,
      HoursResolver,
      HourEntryRevisionResolver,
      IndicationResolver,
      WaakvlamResolver,
    ],
    globalMiddlewares: [requireUserOnRootFields],
    validate: false,
    emitSchemaFile: false,
  });
}
