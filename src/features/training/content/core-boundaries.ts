import type { CurriculumModule } from './types';

/** Theme 3 of the source: appropriate and inappropriate behaviour in the relationship. */
export const coreBoundaries: CurriculumModule = {
  id: 'core-boundaries',
  title: {
    da: 'Passende og upassende adfærd i mentorforholdet',
    en: 'Appropriate and inappropriate behaviour in the mentoring relationship',
  },
  summary: {
    da: 'Du kender grænserne for gaver, berøring, beskeder, transport og tavshedspligt, og du kan holde dem på en venlig måde – også når nogen beder dig om noget andet.',
    en: 'You will know the boundaries on gifts, touch, messaging, transport and confidentiality, and be able to hold them kindly, even when someone asks you for something else.',
  },
  items: [
    {
      kind: 'lesson',
      id: 'core-boundaries-professional',
      title: {
        da: 'Klare rammer: gaver, berøring, beskeder og dobbeltroller',
        en: 'Clear boundaries: gifts, touch, messaging and dual roles',
      },
      minutes: 4,
      body: {
        da: `## Hvorfor grænser?

Gode grænser betyder ikke, at du er kølig eller mistænksom. De beskytter din mentee, dig selv og programmet. Når rammerne er klare, kan I begge slappe af i relationen, fordi I ved, hvad der er i orden. Grænserne gælder også, når din mentee eller familien selv foreslår noget andet. Det er dit ansvar som den voksne – eller den erfarne kollega – at holde dem.

Et godt spørgsmål at stille dig selv: **Ville jeg være tryg ved, at koordinatoren og min mentees forælder så det her?** Hvis svaret er nej, så lad være.

## Gaver og penge

- **Giv ikke gaver, penge eller lån** til din mentee eller familien. Udgifter til fælles aktiviteter, fx en billet til svømmehallen, dækkes efter programmets regler – spørg koordinatoren.
- **Tag ikke imod gaver af værdi.** En tegning eller et stykke hjemmebagt kage kan du glæde dig over. Penge, gavekort og dyre ting siger du venligt nej tak til, og du fortæller koordinatoren om det.
- **Hvorfor så strengt?** Gaver kan skabe en følelse af gæld, gøre forskel på mentees og gøre relationen uklar. Gaver og små hemmeligheder er også en kendt måde, voksne med dårlige hensigter knytter børn til sig på. Når alle holder reglen, er det let at se, hvis nogen ikke gør.

## Fysisk kontakt

- **Lad barnet bestemme.** En high five, et knus fra siden, når barnet selv tager initiativ, eller en hånd på skulderen efter en god kamp kan være helt naturligt.
- **Undgå** kildeleg, brydning, at barnet sidder på dit skød, kys og enhver berøring, der foregår, hvor andre ikke kan se det.
- **Sig nej på en venlig måde**, så barnet ikke føler sig afvist: "Kom, vi sætter os ved siden af hinanden."
- **Voksne mentees:** Et håndtryk er det normale. Romantiske eller seksuelle relationer til en mentee er aldrig i orden – heller ikke mellem voksne kolleger, så længe forløbet står på.

## Beskeder og sociale medier

- **Brug platformens beskeder** til aftaler og kontakt. I programmer med børn kan koordinatoren se beskederne. Det beskytter både barnet og dig.
- **Bliv ikke venner med din mentee** på private sociale medier som Instagram, Snapchat eller TikTok, og skriv ikke sammen i private apps.
- **Tag og del ikke billeder** af din mentee, uden at det er aftalt med forælderen og programmet.
- **På en arbejdsplads** taler I selvfølgelig sammen i hverdagen, men aftaler om jeres mentormøder samler I i platformen.

## Dobbeltroller

En dobbeltrolle opstår, når du er mere end mentor for din mentee: nabo, træner, lærer, familieven – eller leder. Det kan gøre det uklart, hvem du er i situationen, og gøre det svært for din mentee at sige fra.

- Fortæl koordinatoren, hvis du kender din mentee eller familien i forvejen.
- Sig nej til at blive betalt barnepige, privatlærer eller arbejdsgiver for din mentee.
- I arbejdspladsprogrammer er du ikke mentor for en, du er leder for eller skal bedømme.
- Sig venligt nej tak til private familiefester, og tal med koordinatoren, hvis familien gerne vil trække dig tættere ind i deres liv.

## Et eksempel

Jonas er fritidsven for Ali på 12. Efter træning spørger Ali, om de ikke kan skrive sammen på Snapchat, "ligesom med de andre". Jonas svarer: "Det er sødt spurgt, men vi skriver i appen fra programmet. Det er reglen for alle mentorer, og så kan jeg stadig svare dig der." Ali trækker på skuldrene – og ved næste træning har han glemt det.`,
        en: `## Why boundaries?

Good boundaries do not mean you are cold or suspicious. They protect your mentee, you and the program. When the limits are clear, you can both relax in the relationship, because you know what is okay. The boundaries still apply when your mentee or their family suggests something different. It is your responsibility, as the adult or the experienced colleague, to hold them.

A good question to ask yourself: **Would I be comfortable if the coordinator and my mentee's parent saw this?** If the answer is no, don't do it.

## Gifts and money

- **Do not give gifts, money or loans** to your mentee or their family. Costs of shared activities, such as a ticket to the swimming pool, are covered under the program's rules; ask the coordinator.
- **Do not accept gifts of value.** A drawing or a slice of homemade cake is something to enjoy. Money, gift cards and expensive things you politely decline, and you tell the coordinator.
- **Why so strict?** Gifts can create a sense of debt, treat mentees unequally and blur the relationship. Gifts and small secrets are also a well-known way for adults with bad intentions to draw children close. When everyone keeps the rule, it is easy to notice when someone does not.

## Physical contact

- **Let the child decide.** A high five, a side hug when the child starts it, or a hand on the shoulder after a good match can be perfectly natural.
- **Avoid** tickling, wrestling, a child sitting on your lap, kisses, and any touch that happens out of other people's sight.
- **Say no kindly**, so the child does not feel rejected: "Come on, let's sit next to each other."
- **Adult mentees:** a handshake is the norm. A romantic or sexual relationship with a mentee is never acceptable, including between adult colleagues, for as long as the mentoring lasts.

## Messages and social media

- **Use the platform's messages** for arrangements and contact. In programs with children, the coordinator can see the messages. That protects both the child and you.
- **Do not connect with your mentee** on private social media such as Instagram, Snapchat or TikTok, and do not chat in private apps.
- **Do not take or share photos** of your mentee unless it has been agreed with the parent and the program.
- **At a workplace** you will of course talk day to day, but keep arrangements about your mentoring meetings on the platform.

## Dual roles

A dual role arises when you are more than a mentor to your mentee: a neighbour, coach, teacher, family friend or manager. It can blur who you are in a situation and make it hard for your mentee to say no.

- Tell the coordinator if you already know your mentee or their family.
- Say no to being paid as a babysitter, private tutor or employer for your mentee.
- In workplace programs you do not mentor someone you manage or will assess.
- Politely decline private family parties, and talk to the coordinator if the family wants to draw you further into their life.

## An example

Jonas is a leisure mentor for Ali, 12. After practice Ali asks whether they can chat on Snapchat "like with the others". Jonas replies: "Nice of you to ask, but we write in the program's app. That's the rule for all mentors, and I can still answer you there." Ali shrugs, and by the next practice he has forgotten about it.`,
      },
    },
    {
      kind: 'lesson',
      id: 'core-boundaries-safety',
      title: {
        da: 'Tryghed i praksis: alene med et barn, tavshedspligt, transport og alkohol',
        en: 'Safety in practice: being alone with a child, confidentiality, transport and alcohol',
      },
      minutes: 4,
      body: {
        da: `## En-til-en, men ikke bag lukkede døre

Et mentorforløb er en-til-en – det er hele idéen. Men en-til-en betyder ikke, at I er alene bag lukkede døre.

- **Mød jer, hvor andre kan se jer:** på biblioteket, i skolens lektiecafé, i klubben, på en café eller i parken.
- **Er I i et lokale,** så lad døren stå åben, eller vælg et lokale med glasvæg.
- **Tag ikke et barn med hjem til dig,** og vær ikke alene med barnet på barnets værelse.
- **Forælderen ved altid, hvor I er,** og hvornår barnet er hjemme igen. Ændrer planen sig undervejs, giver du besked.

Det beskytter barnet, og det beskytter dig mod misforståelser. Også ved jobskygning gælder det: En gymnasieelev på besøg er sammen med dig dér, hvor dine kolleger også er.

## Tavshedspligt – og dens grænser

Det, din mentee fortæller dig, bliver mellem jer og programmet. Du taler ikke om din mentee med venner, familie eller kolleger, og du skriver ikke om din mentee på sociale medier – heller ikke uden navn, hvis andre kan genkende personen.

Men tavshedspligten har grænser. Du skal give det videre, hvis:

- din mentee eller andre er i fare,
- du hører om vold, overgreb eller omsorgssvigt,
- din mentee har tanker om at gøre skade på sig selv.

Derfor lover du aldrig at holde alt hemmeligt. Sig det hellere tidligt i forløbet: "Det, du fortæller mig, holder jeg for mig selv. Kun hvis jeg bliver bekymret for, at nogen kan komme til skade, taler jeg med en, der kan hjælpe – og så vidt muligt siger jeg det til dig først."

Koordinatoren er ikke "andre". Du kan altid drøfte forløbet med koordinatoren for at få sparring.

I arbejdspladsprogrammer går det, din mentee fortæller, ikke videre til lederen eller HR, medmindre din mentee selv ønsker det – eller det handler om noget alvorligt som chikane, fare for sikkerheden eller lovbrud.

## Transport

- Som udgangspunkt mødes I på stedet eller tager bus og tog sammen.
- Kør kun et barn i din bil, hvis det er aftalt på forhånd med både forælderen og programmet.
- Når du kører, har du gyldigt kørekort og forsikring, barnet sidder på bagsædet med sele, og børn under 135 cm bruger godkendt autostol eller selepude.
- Står et barn uden transport, fordi en aftale er faldet til jorden, så vent sammen et trygt sted, og kontakt forælderen og koordinatoren.

## Alkohol, rusmidler og rygning

- Vær aldrig påvirket af alkohol eller rusmidler, når du er sammen med din mentee – heller ikke af "bare en enkelt øl".
- Tilbyd eller køb aldrig alkohol, tobak eller rusmidler til en mentee.
- Ryg eller damp ikke sammen med din mentee.
- Arbejdspladsmentorer: Hold jeres mentorsamtaler uden alkohol, også selv om fredagsbaren frister.

## Når du er i tvivl

Det er ikke altid sort-hvidt, hvor grænsen går. Stil dig selv tre spørgsmål: Er det åbent? Er det aftalt? Er det i min mentees interesse? Og spørg din koordinator. Det er langt bedre at spørge én gang for meget end én gang for lidt.`,
        en: `## One-to-one, but not behind closed doors

Mentoring is one-to-one; that is the whole idea. But one-to-one does not mean being alone behind closed doors.

- **Meet where others can see you:** at the library, the school's homework club, the youth club, a café or the park.
- **If you are in a room,** leave the door open or choose a room with a glass wall.
- **Do not take a child to your home,** and do not stay alone with the child in the child's bedroom.
- **The parent always knows where you are** and when the child will be home. If plans change on the way, you let them know.

This protects the child, and it protects you from misunderstandings. The same goes for job shadowing: a visiting high-school student stays with you where your colleagues are too.

## Confidentiality and its limits

What your mentee tells you stays between you and the program. You do not talk about your mentee with friends, family or colleagues, and you do not write about your mentee on social media, not even without a name if others could recognise them.

But confidentiality has limits. You must pass it on if:

- your mentee or someone else is in danger,
- you hear about violence, abuse or neglect,
- your mentee has thoughts of harming themselves.

So never promise to keep everything secret. Say it early in the relationship instead: "What you tell me, I keep to myself. Only if I'm worried that someone could get hurt will I talk to someone who can help, and whenever I can, I'll tell you first."

The coordinator is not "someone else". You can always talk the relationship through with the coordinator for advice.

In workplace programs, what your mentee tells you does not go to their manager or HR unless your mentee wants it to, or it concerns something serious such as harassment, a safety risk or a breach of the law.

## Transport

- As a rule, meet at the place itself or travel together by bus or train.
- Only drive a child in your car if it has been agreed in advance with both the parent and the program.
- When you drive, you have a valid licence and insurance, the child sits in the back with a seat belt, and children under 135 cm use an approved child seat or booster cushion.
- If a child is left without transport because an arrangement has fallen through, wait together somewhere safe and contact the parent and the coordinator.

## Alcohol, drugs and smoking

- Never be under the influence of alcohol or drugs when you are with your mentee, not even "just one beer".
- Never offer or buy alcohol, tobacco or drugs for a mentee.
- Do not smoke or vape with your mentee.
- Workplace mentors: keep your mentoring conversations free of alcohol, even when the Friday bar is tempting.

## When in doubt

Boundaries are not always black and white. Ask yourself three questions: Is it open? Is it agreed? Is it in my mentee's interest? And ask your coordinator. It is much better to ask once too often than once too seldom.`,
      },
    },
    {
      kind: 'quiz',
      id: 'core-boundaries-quiz',
      title: {
        da: 'Quiz: Passende og upassende adfærd',
        en: 'Quiz: Appropriate and inappropriate behaviour',
      },
      minutes: 12,
      passMark: 0.8,
      maxAttempts: null,
      questions: [
        {
          id: 'q1',
          prompt: {
            da: 'Til jul giver din mentees familie dig et gavekort på 500 kr. som tak for lektiehjælpen. Hvad gør du?',
            en: "At Christmas your mentee's family gives you a gift card worth 500 kroner as thanks for the homework support. What do you do?",
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Tager imod det, så familien ikke bliver stødt.',
                en: 'Accept it so the family is not offended.',
              },
              correct: false,
              explanation: {
                da: 'Hensynet er forståeligt, men en gave af værdi gør relationen uklar og kan skabe en følelse af gæld. Der findes en venlig måde at sige nej på.',
                en: 'The thought is understandable, but a gift of value blurs the relationship and can create a sense of debt. There is a kind way to say no.',
              },
            },
            {
              text: {
                da: 'Takker varmt, siger venligt nej med henvisning til programmets regel og fortæller koordinatoren om det.',
                en: "Thank them warmly, decline politely by referring to the program's rule, and tell the coordinator.",
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Når du henviser til en regel, der gælder alle mentorer, bliver det ikke personligt, og koordinatoren ved besked, hvis familien spørger.',
                en: 'Correct. Referring to a rule that applies to all mentors keeps it impersonal, and the coordinator is informed if the family asks.',
              },
            },
            {
              text: {
                da: 'Tager imod og giver en gave til samme værdi tilbage til barnet.',
                en: 'Accept it and give the child a gift of the same value in return.',
              },
              correct: false,
              explanation: {
                da: 'Så er der to gaver af værdi i relationen i stedet for én. Mentorer giver heller ikke gaver til deres mentees.',
                en: 'Then there are two gifts of value in the relationship instead of one. Mentors do not give gifts to their mentees either.',
              },
            },
            {
              text: {
                da: 'Tager imod, men nævner det ikke for nogen, så familien ikke kommer i problemer.',
                en: 'Accept it but mention it to nobody, so the family does not get into trouble.',
              },
              correct: false,
              explanation: {
                da: 'Hemmeligheder i relationen er præcis det, reglerne skal forhindre. Familien kommer ikke i problemer – de ville bare sige tak.',
                en: 'Secrets in the relationship are exactly what the rules are meant to prevent. The family will not get into trouble; they only wanted to say thank you.',
              },
            },
          ],
        },
        {
          id: 'q2',
          prompt: {
            da: 'Din mentee på 13 spørger, om I ikke kan følge hinanden på Instagram. Hvad svarer du?',
            en: 'Your 13-year-old mentee asks if you can follow each other on Instagram. What do you reply?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Ja – det styrker relationen, og du lover ikke at skrive noget upassende.',
                en: 'Yes: it strengthens the relationship, and you promise not to write anything inappropriate.',
              },
              correct: false,
              explanation: {
                da: 'Private kanaler er ikke i orden, uanset hvad du skriver. Beskeder i platformen kan koordinatoren se, og det beskytter både barnet og dig.',
                en: 'Private channels are not acceptable, whatever you write. The coordinator can see messages on the platform, which protects both the child and you.',
              },
            },
            {
              text: {
                da: 'Venligt nej: I skriver i platformens beskeder, fordi det er reglen for alle mentorer.',
                en: "A kind no: you write in the platform's messages, because that is the rule for all mentors.",
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. En venlig forklaring og en regel, der gælder alle, gør det let for barnet at forstå, at det ikke handler om barnet selv.',
                en: 'Correct. A kind explanation and a rule that applies to everyone make it easy for the child to see that it is not about them personally.',
              },
            },
            {
              text: {
                da: 'Ja, men kun fra en særlig profil, som du kun bruger til mentees.',
                en: 'Yes, but only from a special profile you use just for mentees.',
              },
              correct: false,
              explanation: {
                da: 'Det er stadig en privat kanal uden for programmets synsfelt. Brug platformens beskeder.',
                en: "It is still a private channel outside the program's view. Use the platform's messages.",
              },
            },
          ],
        },
        {
          id: 'q3',
          prompt: {
            da: 'Du læser højt for din mentee på 8 på biblioteket. Hun vil gerne sidde på dit skød. Hvad gør du?',
            en: 'You are reading aloud to your 8-year-old mentee at the library. She wants to sit on your lap. What do you do?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Lader hende sidde der. Det er hende, der har taget initiativet.',
                en: 'Let her sit there. She is the one who started it.',
              },
              correct: false,
              explanation: {
                da: 'Barnet må gerne søge nærhed, men det er dit ansvar som voksen at holde grænsen. At sidde på skødet er en af de former for kontakt, mentorer undgår.',
                en: 'The child may well seek closeness, but holding the boundary is your responsibility as the adult. Sitting on a lap is one of the kinds of contact mentors avoid.',
              },
            },
            {
              text: {
                da: 'Foreslår venligt, at I sidder tæt ved siden af hinanden, så hun kan se billederne.',
                en: 'Kindly suggest that you sit close side by side so she can see the pictures.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Du holder grænsen uden at afvise hende, og hun får stadig nærhed og opmærksomhed.',
                en: 'Correct. You hold the boundary without rejecting her, and she still gets closeness and attention.',
              },
            },
            {
              text: {
                da: 'Siger tydeligt, at det må hun ikke, så hun lærer det.',
                en: 'Tell her clearly that she is not allowed to, so she learns.',
              },
              correct: false,
              explanation: {
                da: 'Grænsen er rigtig, men en skarp afvisning kan give hende skyldfølelse over at have søgt nærhed. Sig det venligt, og tilbyd et alternativ.',
                en: 'The boundary is right, but a sharp refusal can make her feel guilty for seeking closeness. Say it kindly and offer an alternative.',
              },
            },
            {
              text: {
                da: 'Stopper højtlæsningen og finder på noget andet at lave.',
                en: 'Stop reading and find something else to do.',
              },
              correct: false,
              explanation: {
                da: 'Det er ikke nødvendigt at stoppe noget, I begge nyder. Du kan bare ændre, hvordan I sidder.',
                en: 'There is no need to stop something you both enjoy. You can simply change how you sit.',
              },
            },
          ],
        },
        {
          id: 'q4',
          prompt: {
            da: 'Biblioteket lukker tidligt i dag, og din mentees mor foreslår, at I laver lektier hjemme hos dig i stedet. Hvad gør du?',
            en: "The library is closing early today, and your mentee's mother suggests you do homework at your home instead. What do you do?",
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Siger ja – moren har jo givet lov.',
                en: 'Say yes, since the mother has agreed.',
              },
              correct: false,
              explanation: {
                da: 'Morens ja ændrer ikke programmets regler. Hjemme hos dig er I alene bag lukkede døre, og det beskytter hverken barnet eller dig.',
                en: "The mother's agreement does not change the program's rules. At your home you are alone behind closed doors, which protects neither the child nor you.",
              },
            },
            {
              text: {
                da: 'Foreslår et andet offentligt sted, fx et andet bibliotek eller en café, eller flytter mødet til en anden dag.',
                en: 'Suggest another public place, such as a different library or a café, or move the meeting to another day.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Så mødes I stadig, hvor andre kan se jer. Nævn det for koordinatoren, hvis det sker igen.',
                en: 'Correct. You still meet where others can see you. Mention it to the coordinator if it happens again.',
              },
            },
            {
              text: {
                da: 'Tager hjem til familien og laver lektier på barnets værelse med døren lukket, så I har ro.',
                en: "Go to the family's home and do homework in the child's bedroom with the door shut, so you have some quiet.",
              },
              correct: false,
              explanation: {
                da: 'Det er også at være alene med barnet bag en lukket dør. Er I hjemme hos familien, så sid i et fællesrum, hvor andre kan komme forbi, og kun hvis det er aftalt med programmet.',
                en: "This is also being alone with the child behind a closed door. If you are at the family's home, sit in a shared room where others can come by, and only if it is agreed with the program.",
              },
            },
          ],
        },
        {
          id: 'q5',
          prompt: {
            da: 'Hvilke af disse ting skal du give videre, selv om din mentee har fortalt dem i fortrolighed? Vælg alle, der passer.',
            en: 'Which of these must you pass on, even though your mentee told you in confidence? Choose all that apply.',
          },
          multiple: true,
          options: [
            {
              text: {
                da: 'Din mentee på 9 fortæller, at en voksen derhjemme slår hende.',
                en: 'Your 9-year-old mentee tells you that an adult at home hits her.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Vold mod et barn skal altid gives videre til den trivselsansvarlige samme dag.',
                en: 'Correct. Violence against a child must always be passed on to the safeguarding lead the same day.',
              },
            },
            {
              text: {
                da: 'Din mentee siger, at hun tænker på at gøre skade på sig selv.',
                en: 'Your mentee says she is thinking about harming herself.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Når din mentee kan være i fare, går sikkerheden forud for fortroligheden.',
                en: 'Correct. When your mentee may be in danger, safety comes before confidentiality.',
              },
            },
            {
              text: {
                da: 'Din mentee på 14 fortæller, at han er forelsket i en fra klassen.',
                en: 'Your 14-year-old mentee tells you he has a crush on someone in his class.',
              },
              correct: false,
              explanation: {
                da: 'Det er en helt almindelig fortrolighed, som bliver mellem jer. Den viser, at han stoler på dig.',
                en: 'This is an ordinary confidence that stays between you. It shows that he trusts you.',
              },
            },
            {
              text: {
                da: 'Din mentee, der er ny medarbejder, siger, at hun synes, en kollega er irriterende.',
                en: 'Your mentee, a new employee, says she finds a colleague annoying.',
              },
              correct: false,
              explanation: {
                da: 'Det bliver mellem jer. Du kan hjælpe hende med at håndtere det, men det skal ikke videre til lederen eller HR.',
                en: 'This stays between you. You can help her handle it, but it does not go to the manager or HR.',
              },
            },
          ],
        },
        {
          id: 'q6',
          prompt: {
            da: 'Det øsregner efter træning. Din mentee på 11 er ikke blevet hentet og spørger, om du ikke kan køre ham hjem. Kørsel er ikke aftalt. Hvad gør du?',
            en: 'It is pouring with rain after practice. Your 11-year-old mentee has not been picked up and asks if you can drive him home. Driving has not been agreed. What do you do?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Kører ham hjem. Det er det mest omsorgsfulde, og det er kun et par kilometer.',
                en: 'Drive him home. It is the most caring thing to do, and it is only a couple of kilometres.',
              },
              correct: false,
              explanation: {
                da: 'Det er venligt ment, men kørsel, der ikke er aftalt med forælderen og programmet, sætter både barnet og dig i en sårbar situation.',
                en: 'It is kindly meant, but driving that has not been agreed with the parent and the program puts both the child and you in a vulnerable position.',
              },
            },
            {
              text: {
                da: 'Venter sammen med ham i klubhuset og kontakter hans forælder og om nødvendigt koordinatoren.',
                en: 'Wait with him in the clubhouse and contact his parent and, if needed, the coordinator.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Han er i sikkerhed, og de voksne, der har ansvaret, bliver inddraget. Kørsel kan aftales til en anden gang, hvis det er nødvendigt.',
                en: 'Correct. He is safe, and the adults who are responsible are involved. Driving can be agreed for another time if it is needed.',
              },
            },
            {
              text: {
                da: 'Siger, at han må gå hjem, og at I ses på torsdag.',
                en: 'Tell him he will have to walk home and that you will see him on Thursday.',
              },
              correct: false,
              explanation: {
                da: 'Et barn, der ikke er blevet hentet som aftalt, skal ikke sendes af sted alene. Bliv hos ham, til en voksen har overtaget.',
                en: 'A child who has not been picked up as agreed should not be sent off alone. Stay with him until a responsible adult has taken over.',
              },
            },
            {
              text: {
                da: 'Kører ham hjem, men lader ham sidde på forsædet, så I kan tale sammen på vejen.',
                en: 'Drive him home, but let him sit in the front so you can talk on the way.',
              },
              correct: false,
              explanation: {
                da: 'Kørslen er stadig ikke aftalt, og børn sidder på bagsædet. Vent hellere sammen med ham.',
                en: 'The driving is still not agreed, and children sit in the back. Wait with him instead.',
              },
            },
          ],
        },
        {
          id: 'q7',
          prompt: {
            da: 'Din mentees familie spørger, om du mod betaling vil passe din mentee og hendes lillebror en lørdag aften. Hvad svarer du?',
            en: "Your mentee's family asks whether you would babysit your mentee and her little brother on a Saturday evening, for pay. What do you reply?",
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Ja – det er ekstra tid sammen, og familien har brug for hjælpen.',
                en: 'Yes: it is extra time together, and the family needs the help.',
              },
              correct: false,
              explanation: {
                da: 'Så bliver du både mentor og betalt barnepige. Dobbeltrollen gør relationen uklar, og du vil være alene med børnene i hjemmet.',
                en: 'You would then be both mentor and paid babysitter. The dual role blurs the relationship, and you would be alone with the children at home.',
              },
            },
            {
              text: {
                da: 'Ja, men uden betaling, så det ikke er et job.',
                en: 'Yes, but without pay, so it is not a job.',
              },
              correct: false,
              explanation: {
                da: 'Uden betaling er det stadig en privat aftale uden for programmet, hvor du er alene med børnene bag lukkede døre.',
                en: 'Without pay it is still a private arrangement outside the program, in which you are alone with the children behind closed doors.',
              },
            },
            {
              text: {
                da: 'Takker for tilliden, siger venligt nej for at holde din rolle som mentor klar og fortæller koordinatoren om det.',
                en: 'Thank them for their trust, decline kindly to keep your role as a mentor clear, and tell the coordinator.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Du anerkender familiens tillid og beskytter samtidig relationen. Koordinatoren kan måske pege på andre muligheder for familien.',
                en: "Correct. You acknowledge the family's trust while protecting the relationship. The coordinator may be able to point the family to other options.",
              },
            },
          ],
        },
        {
          id: 'q8',
          prompt: {
            da: 'Din mentee, en ny kollega, foreslår, at I holder månedens mentorsamtale over en øl i fredagsbaren. Hvad gør du?',
            en: "Your mentee, a new colleague, suggests holding this month's mentoring conversation over a beer at the Friday bar. What do you do?",
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Siger ja. I er begge voksne, og det giver en afslappet stemning.',
                en: 'Say yes. You are both adults, and it makes for a relaxed atmosphere.',
              },
              correct: false,
              explanation: {
                da: 'Alkohol hører ikke hjemme under mentoraktiviteter – heller ikke mellem voksne. Det kan sløre dømmekraften og grænserne i samtalen.',
                en: 'Alcohol does not belong in mentoring activities, including between adults. It can blur judgement and the boundaries of the conversation.',
              },
            },
            {
              text: {
                da: 'Siger ja, men drikker kun én øl.',
                en: 'Say yes, but only have one beer.',
              },
              correct: false,
              explanation: {
                da: 'Reglen er ingen alkohol under mentoraktiviteter, ikke en begrænset mængde.',
                en: 'The rule is no alcohol during mentoring activities, not a limited amount.',
              },
            },
            {
              text: {
                da: 'Foreslår venligt, at I holder samtalen som altid uden alkohol, fx over en kop kaffe eller på en gåtur.',
                en: 'Kindly suggest holding the conversation as usual without alcohol, for example over a coffee or on a walk.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Du kan godt imødekomme ønsket om en mere uformel ramme – bare uden alkohol.',
                en: 'Correct. You can meet the wish for a more informal setting, just without alcohol.',
              },
            },
          ],
        },
      ],
    },
  ],
};
