import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { usePageTitle } from "../../app/usePageTitle";
import { CreateContractForm } from "./CreateContractForm";
import { CreateProviderForm } from "./CreateProviderForm";

/** The municipality's providers: a new one with its first admin, or a contract with one that exists. */
export function ProvidersPage() {
  usePageTitle("Dienstverleners");
  return (
    <>
      <Heading1>Dienstverleners</Heading1>
      <Paragraph>Dienstverleners met een contract met uw gemeente kunnen vrij inzetbare voorzieningen registreren.</Paragraph>
      <CreateProviderForm />
      <CreateContractForm />
    </>
  );
}
