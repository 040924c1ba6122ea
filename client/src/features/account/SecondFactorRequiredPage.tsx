import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { useLocation } from "wouter";
import { Frame } from "../../app/Frame";
import { usePageTitle } from "../../app/usePageTitle";
import { getFragmentData, graphql, type FragmentType } from "../../gql";
import { LogoutButton } from "./LogoutButton";
import { TotpEnrolment } from "./TotpEnrolment";

const UserFragment = graphql(`
  fragment SecondFactorRequiredPage_user on User {
    id
    email
  }
`);

interface SecondFactorRequiredPageProps {
  user: FragmentType<typeof UserFragment>;
  /** Asks the server again who is logged in; with the second factor set up, App shows the portal. */
  onDone: () => void;
}

/**
 * The only page of an account that must set up its second factor first: the server refuses
 * everything else to its session until then, so there is no menu to offer.
 */
export function SecondFactorRequiredPage({ user: userRef, onDone }: SecondFactorRequiredPageProps) {
  usePageTitle("Tweede factor instellen");
  const user = getFragmentData(UserFragment, userRef);
  const [, navigate] = useLocation();
  const headerEnd = (
    <div className="viv-header__user">
      <p>{user.email}</p>
      <LogoutButton>Uitloggen</LogoutButton>
    </div>
  );
  return (
    <Frame headerEnd={headerEnd}>
      <Heading1>Tweede factor instellen</Heading1>
      <Paragraph>
        Uw account geeft toegang tot gegevens die extra bescherming nodig hebben. Stel daarom eerst een tweede factor in:
        naast uw wachtwoord vraagt het portaal dan bij het inloggen om een code uit een app op uw telefoon.
      </Paragraph>
      <TotpEnrolment
        startLabel="Sleutel aanmaken"
        continueLabel="Verder naar het portaal"
        onDone={() => {
          // To the start page: the address typed before may be one this role does not have.
          navigate("/", { replace: true });
          onDone();
        }}
      />
    </Frame>
  );
}
