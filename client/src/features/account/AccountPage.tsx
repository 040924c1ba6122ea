import "./account.css";
import { useQuery } from "@apollo/client/react";
import {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading1,
  Heading2,
  Paragraph,
} from "@utrecht/component-library-react";
import { ROLE_LABELS } from "@shared/roles";
import { useState } from "react";
import { usePageTitle } from "../../app/usePageTitle";
import { graphql } from "../../gql";
import { LogoutButton } from "./LogoutButton";
import { TotpEnrolment } from "./TotpEnrolment";

const AccountQuery = graphql(`
  query AccountPage_Me {
    me {
      id
      email
      role
      secondFactor
      organisation {
        id
        name
      }
    }
  }
`);

/** Mijn account: who you are logged in as, the second factor, and ending every session. */
export function AccountPage() {
  usePageTitle("Mijn account");
  const me = useQuery(AccountQuery).data?.me;
  // A new key starts the enrolment over, so that its secret and codes leave memory.
  const [round, setRound] = useState(0);
  const [enrolled, setEnrolled] = useState(false);

  return (
    <>
      <Heading1>Mijn account</Heading1>
      {me && (
        <DataList className="viv-summary">
          <DataListItem>
            <DataListKey>E-mailadres</DataListKey>
            <DataListValue>{me.email}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>Rol</DataListKey>
            <DataListValue>{ROLE_LABELS[me.role]}</DataListValue>
          </DataListItem>
          {me.organisation && (
            <DataListItem>
              <DataListKey>Organisatie</DataListKey>
              <DataListValue>{me.organisation.name}</DataListValue>
            </DataListItem>
          )}
        </DataList>
      )}

      <section aria-labelledby="account-second-factor" className="viv-section">
        <Heading2 id="account-second-factor">Tweede factor</Heading2>
        <Paragraph>
          Met een tweede factor vraagt het portaal bij het inloggen naast uw wachtwoord om een code uit een app op uw
          telefoon. Heeft u er nog geen, stel hem dan hier in; u krijgt er herstelcodes bij voor als u uw telefoon kwijt bent.
        </Paragraph>
        <div aria-live="polite">{enrolled && <Alert type="ok">De tweede factor is ingesteld.</Alert>}</div>
        {me?.secondFactor && !enrolled ? (
          <Paragraph>U heeft een tweede factor. Nieuwe telefoon of app kwijt? Vraag uw beheerder om die opnieuw in te stellen.</Paragraph>
        ) : (
        <TotpEnrolment
          key={round}
          startLabel="Tweede factor instellen"
          continueLabel="Ik heb de herstelcodes bewaard"
          onDone={() => {
            setEnrolled(true);
            setRound((r) => r + 1);
          }}
        />
        )}
      </section>

      <section aria-labelledby="account-logout-everywhere" className="viv-section">
        <Heading2 id="account-logout-everywhere">Overal uitloggen</Heading2>
        <Paragraph id="logout-everywhere-description">
          Bent u uw telefoon of laptop kwijt, of bent u op een andere computer vergeten uit te loggen? Hiermee beëindigt u
          al uw sessies, op elk apparaat, ook deze.
        </Paragraph>
        <LogoutButton everywhere aria-describedby="logout-everywhere-description">
          Overal uitloggen
        </LogoutButton>
      </section>
    </>
  );
}
