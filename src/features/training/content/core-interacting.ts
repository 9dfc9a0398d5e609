import type { CurriculumModule } from './types';

/** Theme 1 of the source: how best to interact with other people. */
export const coreInteracting: CurriculumModule = {
  id: 'core-interacting',
  title: {
    da: 'Godt samspil med andre mennesker',
    en: 'How best to interact with other people',
  },
  summary: {
    da: 'Du kan skabe tillid, lytte aktivt og stille åbne spørgsmål, så din mentee føler sig hørt og taget alvorligt fra det første møde.',
    en: 'You will be able to build trust, listen actively and ask open questions, so that your mentee feels heard and taken seriously from the first meeting.',
  },
  items: [
    {
      kind: 'lesson',
      id: 'core-interacting-trust',
      title: {
        da: 'Tillid, pålidelighed og de første møder',
        en: 'Trust, reliability and the first meetings',
      },
      minutes: 4,
      body: {
        da: `## Relationen er selve indsatsen

Det vigtigste, du giver som mentor, er ikke de rigtige svar eller de bedste råd. Det er en person, der kommer igen og igen, og som interesserer sig for netop din mentee. Erfaringen fra mentorordninger er tydelig: Det er relationen, der gør forskellen – og den bygges langsomt.

Det gælder, uanset om du hjælper en 10-årig med lektier, går med til fodboldtræning, tager en gymnasieelev med på arbejde et par dage eller tager imod en ny kollega.

## Tillid kommer af handlinger

Tillid opstår ikke, fordi du siger "du kan stole på mig". Den opstår, når din mentee oplever, at du gør det, du siger. Det er de små ting, der tæller:

- **Du kommer til tiden** – og giver besked i god tid, hvis du bliver forhindret.
- **Du husker, hvad I talte om sidst.** "Hvordan gik matematikprøven?" viser, at du lyttede.
- **Du holder, hvad du lover.** Lov hellere lidt og gør det, end meget og glemmer det.
- **Du er den samme fra gang til gang**, også når du selv har haft en travl dag.

Mange mentees – især børn – har oplevet voksne, der forsvandt ud af deres liv. Hvis du ofte aflyser, bekræfter du måske en erfaring af, at man ikke kan regne med nogen. Sig derfor kun ja til at være mentor, hvis du realistisk kan afsætte tiden i hele forløbet.

## Det første møde

Det første møde er altid aftalt gennem koordinatoren, som er med, og når din mentee er et barn, er en forælder eller værge der også. Det er en hjælp, for du skal ikke klare det hele selv. Forbered dig alligevel:

- **Fortæl lidt om dig selv.** Hvad laver du til daglig, og hvad kan du lide? Det gør det lettere for den anden at åbne op.
- **Spørg til interesser, ikke problemer.** "Hvad laver du helst i weekenden?" er en bedre start end "Hvad har du svært ved i skolen?"
- **Aftal rammerne sammen.** Hvor og hvor tit ses I? Hvordan giver I besked, hvis en af jer bliver forhindret? Hvad skal forløbet gerne føre til?
- **Slut af med en konkret aftale** om, hvornår I ses næste gang.

Forvent ikke, at det første møde føles let. Mange børn og unge er generte over for en fremmed voksen, og en ny medarbejder kan være usikker på, hvad man må spørge om. Stilhed er helt i orden.

## De næste møder

De første fem-seks møder handler mest om at lære hinanden at kende. Lav gerne noget sammen, mens I snakker: Løs en opgave, gå en tur, spil et spil, når lektierne er lavet. For mange er det lettere at tale side om side end ansigt til ansigt.

På en arbejdsplads kan det være at gå en runde i huset og præsentere den nye kollega for de andre. På en dag med jobskygning kan du starte med en kop kaffe og en gennemgang af dagens program, så eleven ved, hvad der skal ske.

## Når det går langsomt

Det er normalt, at en relation tager tid. Nogle mentees tester, om du bliver ved med at komme. Bliv ved, vær venlig og forudsigelig – og tal med din koordinator, hvis du bliver i tvivl. Det er det, koordinatoren er der for.`,
        en: `## The relationship is the work

The most important thing you bring as a mentor is not the right answers or the best advice. It is a person who turns up again and again and who is interested in this particular mentee. Experience from mentoring programs is clear: the relationship is what makes the difference, and it is built slowly.

That is true whether you help a ten-year-old with homework, go along to football practice, take a high-school student to work for a few days or welcome a new colleague.

## Trust comes from what you do

Trust does not come from saying "you can trust me". It comes when your mentee sees that you do what you say. Small things count most:

- **You arrive on time**, and you let them know well in advance if you cannot make it.
- **You remember what you talked about last time.** "How did the maths test go?" shows that you listened.
- **You keep your promises.** Better to promise a little and keep it than to promise a lot and forget.
- **You are the same from one meeting to the next**, even when you have had a busy day yourself.

Many mentees, children especially, have known adults who disappeared from their lives. If you cancel often, you may confirm what they already believe: that nobody can be relied on. So only say yes to mentoring if you can realistically set aside the time for the whole program.

## The first meeting

The first meeting is always arranged by the coordinator, who takes part, and when your mentee is a child, a parent or guardian is there too. That helps: you do not have to carry it alone. Prepare all the same:

- **Say a little about yourself.** What do you do day to day, and what do you enjoy? It makes it easier for the other person to open up.
- **Ask about interests, not problems.** "What do you like doing at the weekend?" is a better start than "What do you find hard at school?"
- **Agree the basics together.** Where and how often will you meet? How do you let each other know if something comes up? What would you both like the program to lead to?
- **End with a concrete plan** for when you meet next.

Do not expect the first meeting to feel easy. Many children and young people are shy with an adult they do not know, and a new employee may be unsure what they are allowed to ask. Silence is perfectly fine.

## The next meetings

The first five or six meetings are mostly about getting to know each other. Do something together while you talk: work on a task, go for a walk, play a game once the homework is done. Many people find it easier to talk side by side than face to face.

At a workplace, it might be a walk around the building to introduce the new colleague to people. On a job-shadowing day, you could start with a coffee and a look at the plan for the day, so the student knows what to expect.

## When progress is slow

It is normal for a relationship to take time. Some mentees test whether you keep coming back. Keep coming, be kind and predictable, and talk to your coordinator if you are unsure about anything. That is what the coordinator is there for.`,
      },
    },
    {
      kind: 'lesson',
      id: 'core-interacting-listening',
      title: {
        da: 'Aktiv lytning, åbne spørgsmål og at møde mennesker, hvor de er',
        en: 'Active listening, open questions and meeting people where they are',
      },
      minutes: 4,
      body: {
        da: `## At lytte er at give opmærksomhed

Aktiv lytning betyder, at du lytter for at forstå – ikke for at svare. Det lyder enkelt, men de fleste af os er hurtige til at komme med løsninger, sammenligne med os selv eller tænke på, hvad vi selv skal sige bagefter.

Sådan kan du gøre:

- **Læg telefonen væk**, og giv den anden hele din opmærksomhed.
- **Vis, at du følger med** – med et nik, med øjenkontakt, hvis det føles naturligt for den anden, og med små ord som "mm" og "okay".
- **Sig det, du hørte, med dine egne ord:** "Så du synes, at træneren kun lægger mærke til de andre?" Så kan din mentee rette dig, hvis du har misforstået noget.
- **Spørg ind til følelsen:** "Det lyder, som om du blev ret skuffet?"
- **Hold pauser.** Vent et par sekunder ekstra, før du siger noget. Det vigtigste kommer tit efter en pause.

## Åbne spørgsmål

Et lukket spørgsmål kan besvares med ja eller nej: "Var det en god dag?" Et åbent spørgsmål inviterer den anden til at fortælle: "Hvad var det bedste ved dagen?"

Gode åbne spørgsmål begynder ofte med hvad, hvordan eller fortæl:

- "Hvad var det sværeste ved opgaven?"
- "Hvordan havde du det, da du blev skiftet ud?"
- "Fortæl mig om dit første møde med teamet."

Vær varsom med "hvorfor". "Hvorfor har du ikke lavet dine lektier?" kan lyde som en anklage. "Hvad kom i vejen for lektierne i denne uge?" åbner mere op.

Og husk: Du behøver ikke fylde hvert møde med spørgsmål. En samtale er ikke en afhøring, og det er fint bare at være sammen om noget.

## Mød mennesker, hvor de er

Din mentee har sin egen baggrund, sine egne erfaringer og sine egne mål, og de ligner ikke nødvendigvis dine. At møde nogen, hvor de er, betyder at tage udgangspunkt i deres hverdag og deres ønsker – ikke i det, du selv synes ville være bedst.

- **Vær nysgerrig i stedet for at gætte.** Spørg hellere "Hvordan holder I fødselsdag hjemme hos jer?" end at gå ud fra, at det er ligesom hos dig.
- **Respektér familiens valg** om fx mad, religion, højtider og opdragelse, også når de er anderledes end dine egne. Du er gæst i deres liv.
- **Tilpas dit sprog.** Brug hverdagsord, tal i et roligt tempo, og tjek, at I har forstået hinanden, hvis dansk ikke er din mentees første sprog. Over for en ny kollega kan du undgå fagudtryk og forkortelser, eller forklare dem.
- **Lad din mentee sætte målene.** Måske vil gymnasieeleven slet ikke være ingeniør som sine forældre. Din opgave er at hjælpe eleven med at undersøge sine egne muligheder.

## To eksempler fra hverdagen

**Lektiehjælp.** Frederik på 11 siger: "Jeg er bare dum til dansk." I stedet for at svare "Nej, du er da ej" spørger du: "Hvad er det ved dansk, der føles svært?" Så finder I ud af, at det er de lange tekster – og det kan I arbejde med sammen.

**Arbejdspladsmentor.** Sara er ny i afdelingen og siger, at alt går fint. Du spørger: "Hvad har overrasket dig mest de første uger?" Det åbner for, at hun er i tvivl om, hvem hun må spørge om hjælp – og det kan du straks hjælpe med.`,
        en: `## Listening means giving attention

Active listening means listening to understand, not to reply. It sounds simple, but most of us are quick to offer solutions, compare with our own experience or think about what we are going to say next.

Here is how to do it:

- **Put your phone away** and give the other person your full attention.
- **Show that you are following**, with a nod, with eye contact if it feels natural to the other person, and with small words like "mm" and "okay".
- **Say back what you heard, in your own words:** "So you feel the coach only notices the others?" Your mentee can then correct you if you got it wrong.
- **Ask about the feeling:** "It sounds like you were quite disappointed?"
- **Allow pauses.** Wait a few extra seconds before you speak. The most important thing often comes after a pause.

## Open questions

A closed question can be answered with yes or no: "Was it a good day?" An open question invites the other person to tell you more: "What was the best part of the day?"

Good open questions often start with what, how or tell me:

- "What was the hardest part of the task?"
- "How did you feel when you were taken off?"
- "Tell me about your first meeting with the team."

Be careful with "why". "Why haven't you done your homework?" can sound like an accusation. "What got in the way of homework this week?" opens the conversation instead.

And remember: you do not have to fill every meeting with questions. A conversation is not an interview, and it is fine simply to do something together.

## Meet people where they are

Your mentee has their own background, experiences and goals, and they are not necessarily like yours. Meeting someone where they are means starting from their everyday life and their wishes, not from what you think would be best.

- **Be curious instead of guessing.** Ask "How do you celebrate birthdays at home?" rather than assuming it is the same as in your family.
- **Respect the family's choices** about food, religion, holidays and upbringing, even when they differ from yours. You are a guest in their life.
- **Adjust your language.** Use everyday words, speak at a calm pace, and check that you have understood each other if the local language is not your mentee's first language. With a new colleague, avoid jargon and abbreviations, or explain them.
- **Let your mentee set the goals.** Perhaps the high-school student does not want to become an engineer like their parents at all. Your job is to help them explore their own options.

## Two everyday examples

**Homework support.** Frederik, 11, says: "I'm just stupid at Danish." Instead of replying "No, you're not", you ask: "What is it about Danish that feels hard?" You discover that it is the long texts, and that is something you can work on together.

**Workplace mentoring.** Sara is new in the department and says everything is fine. You ask: "What has surprised you most in your first weeks?" That opens up the fact that she is unsure who she can ask for help, which you can help with straight away.`,
      },
    },
    {
      kind: 'quiz',
      id: 'core-interacting-quiz',
      title: {
        da: 'Quiz: Godt samspil',
        en: 'Quiz: Interacting well',
      },
      minutes: 9,
      passMark: 0.8,
      maxAttempts: null,
      questions: [
        {
          id: 'q1',
          prompt: {
            da: 'Du henter din mentee efter fodboldtræning. Hvilket spørgsmål inviterer mest til, at hun fortæller?',
            en: 'You meet your mentee after football practice. Which question invites her most to talk?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: '"Var det en god træning i dag?"',
                en: '"Was it a good practice today?"',
              },
              correct: false,
              explanation: {
                da: 'Det er et lukket spørgsmål. Hun kan svare "ja" eller "nej", og så er samtalen slut.',
                en: 'This is a closed question. She can answer "yes" or "no", and the conversation ends there.',
              },
            },
            {
              text: {
                da: '"Hvad var det sjoveste ved træningen i dag?"',
                en: '"What was the most fun part of practice today?"',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Et åbent spørgsmål, der begynder med "hvad", inviterer hende til at fortælle med sine egne ord.',
                en: 'Correct. An open question starting with "what" invites her to tell you in her own words.',
              },
            },
            {
              text: { da: '"Scorede du nogen mål i dag?"', en: '"Did you score any goals today?"' },
              correct: false,
              explanation: {
                da: 'Spørgsmålet er lukket og handler om præstation. Hvis hun ikke scorede, kan det føles som et nederlag at svare på.',
                en: 'The question is closed and about performance. If she did not score, answering it may feel like admitting failure.',
              },
            },
            {
              text: {
                da: '"Var træneren sur igen i dag?"',
                en: '"Was the coach in a bad mood again today?"',
              },
              correct: false,
              explanation: {
                da: 'Spørgsmålet er lukket og lægger svaret i munden på hende. Lad hende selv fortælle, hvordan hun oplevede træningen.',
                en: 'The question is closed and puts words in her mouth. Let her tell you herself how she experienced practice.',
              },
            },
          ],
        },
        {
          id: 'q2',
          prompt: {
            da: 'Ved jeres første møde svarer din mentee på 9 år kun "ja" og "nej" og kigger ned i bordet. Hvad er bedst at gøre?',
            en: 'At your first meeting, your 9-year-old mentee only answers "yes" and "no" and looks down at the table. What is best?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Stille flere spørgsmål, så der ikke opstår pinlig stilhed.',
                en: 'Ask more questions so there is no awkward silence.',
              },
              correct: false,
              explanation: {
                da: 'Mange spørgsmål i træk kan føles som en afhøring og gøre et genert barn endnu mere usikkert. Stilhed er i orden.',
                en: 'Many questions in a row can feel like an interview and make a shy child even more uneasy. Silence is fine.',
              },
            },
            {
              text: {
                da: 'Fortælle lidt om dig selv og foreslå noget, I kan lave sammen, fx tegne eller spille et spil.',
                en: 'Say a little about yourself and suggest something you can do together, such as drawing or playing a game.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Når du selv åbner op, og I laver noget side om side, bliver det lettere for barnet at falde til ro og tale.',
                en: 'Correct. When you open up yourself and you do something side by side, it becomes easier for the child to relax and talk.',
              },
            },
            {
              text: {
                da: 'Bede forælderen om at svare for barnet, så I kommer videre.',
                en: 'Ask the parent to answer for the child so you can move on.',
              },
              correct: false,
              explanation: {
                da: 'Forælderen kan godt hjælpe med at skabe tryghed, men hvis forælderen taler for barnet, lærer barnet, at det ikke er barnet selv, du er interesseret i.',
                en: 'The parent can help the child feel safe, but if the parent speaks for the child, the child learns that they are not the one you are interested in.',
              },
            },
            {
              text: {
                da: 'Fortælle koordinatoren bagefter, at matchet nok ikke fungerer.',
                en: 'Tell the coordinator afterwards that the match probably is not working.',
              },
              correct: false,
              explanation: {
                da: 'Det er alt for tidligt at konkludere. Generthed ved første møde er helt normalt, og relationen tager tid at bygge.',
                en: 'It is far too early to decide that. Shyness at a first meeting is completely normal, and the relationship takes time to build.',
              },
            },
          ],
        },
        {
          id: 'q3',
          prompt: {
            da: 'Hvilke af disse handlinger er med til at opbygge tillid? Vælg alle, der passer.',
            en: 'Which of these actions help build trust? Choose all that apply.',
          },
          multiple: true,
          options: [
            {
              text: {
                da: 'Du kommer til tiden og giver besked i god tid, hvis du bliver forhindret.',
                en: 'You arrive on time and let them know well in advance if you cannot come.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Pålidelighed er grundlaget for tillid. Din mentee lærer, at man kan regne med dig.',
                en: 'Correct. Reliability is the foundation of trust. Your mentee learns that they can count on you.',
              },
            },
            {
              text: {
                da: 'Du husker, hvad I talte om sidst, og spørger ind til det.',
                en: 'You remember what you talked about last time and ask about it.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Det viser, at du lyttede, og at din mentee betyder noget for dig.',
                en: 'Correct. It shows that you listened and that your mentee matters to you.',
              },
            },
            {
              text: {
                da: 'Du lover en tur i Tivoli, så din mentee glæder sig til jeres møder.',
                en: 'You promise a trip to an amusement park so your mentee looks forward to your meetings.',
              },
              correct: false,
              explanation: {
                da: 'Store løfter skaber forventninger, du måske ikke kan eller må indfri, og dyre oplevelser betalt af dig hører ikke hjem i forløbet. Tillid bygges af små løfter, der bliver holdt.',
                en: 'Big promises create expectations you may not be able or allowed to meet, and expensive outings paid for by you do not belong in the program. Trust is built from small promises that are kept.',
              },
            },
            {
              text: {
                da: 'Du lover, at alt, hvad din mentee fortæller, bliver mellem jer.',
                en: 'You promise that everything your mentee tells you stays between the two of you.',
              },
              correct: false,
              explanation: {
                da: 'Det løfte kan du ikke holde. Hvis din mentee fortæller om noget, der bringer din mentee eller andre i fare, skal du give det videre. Et brudt løfte skader tilliden mere end et ærligt forbehold.',
                en: 'You cannot keep that promise. If your mentee tells you about something that puts them or others at risk, you must pass it on. A broken promise harms trust more than an honest caveat.',
              },
            },
          ],
        },
        {
          id: 'q4',
          prompt: {
            da: 'Din nye kollega siger: "Jeg føler mig lidt uden for i teamet." Hvilket svar er et eksempel på aktiv lytning?',
            en: 'Your new colleague says: "I feel a bit left out in the team." Which reply is an example of active listening?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: '"Det kender jeg godt. Da jeg startede, spiste jeg alene i tre måneder."',
                en: '"I know exactly how that feels. When I started, I ate lunch alone for three months."',
              },
              correct: false,
              explanation: {
                da: 'Det er venligt ment, men fokus flytter over på dig. Del gerne dine egne erfaringer senere, når du har forstået hans.',
                en: 'It is kindly meant, but the focus moves to you. Share your own experience later, once you have understood his.',
              },
            },
            {
              text: {
                da: '"Så du oplever, at du ikke rigtig er kommet ind i fællesskabet endnu? Fortæl lidt mere."',
                en: '"So you feel you haven\'t really become part of the group yet? Tell me a bit more."',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Du siger det, du hørte, med dine egne ord og inviterer ham til at uddybe. Så kan han rette dig, hvis du har misforstået.',
                en: 'Correct. You say back what you heard in your own words and invite him to say more. He can then correct you if you have misunderstood.',
              },
            },
            {
              text: {
                da: '"Du skal bare gå med til fredagsbaren, så går det over."',
                en: '"Just come along to the Friday drinks and it will pass."',
              },
              correct: false,
              explanation: {
                da: 'Et hurtigt råd springer over at forstå, hvad der egentlig er på spil. Måske er problemet slet ikke det sociale efter arbejdstid.',
                en: 'Quick advice skips understanding what is really going on. Perhaps the problem is not socialising after work at all.',
              },
            },
            {
              text: {
                da: '"Det er helt normalt i starten. Det skal du ikke tænke på."',
                en: '"That\'s completely normal at the start. Don\'t worry about it."',
              },
              correct: false,
              explanation: {
                da: 'Det er ment som trøst, men det kan lukke samtalen og få ham til at føle, at hans oplevelse ikke er vigtig.',
                en: 'It is meant as comfort, but it can close the conversation and make him feel that his experience does not matter.',
              },
            },
          ],
        },
        {
          id: 'q5',
          prompt: {
            da: 'Du har altid frugt og kiks med til lektiehjælpen. Nu faster din mentees familie i ramadanen. Hvad gør du?',
            en: "You always bring fruit and biscuits to homework support. Now your mentee's family is fasting during Ramadan. What do you do?",
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Spørger din mentee, og ved behov forælderen, hvordan de gerne vil have, at I gør i den periode.',
                en: 'Ask your mentee, and if needed the parent, how they would like you to handle that period.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Du er nysgerrig i stedet for at gætte og respekterer familiens valg. Måske vil I flytte tidspunktet eller bare droppe snacks for en tid.',
                en: "Correct. You are curious instead of guessing, and you respect the family's choices. Perhaps you move the time or simply skip snacks for a while.",
              },
            },
            {
              text: {
                da: 'Fortsætter som altid. Barnet kan selv vælge, om det vil spise.',
                en: 'Carry on as usual. The child can decide whether to eat.',
              },
              correct: false,
              explanation: {
                da: 'Det kan sætte barnet i en svær situation mellem dig og familien. Det er bedre at tale om det åbent.',
                en: 'This can put the child in a difficult position between you and the family. It is better to talk about it openly.',
              },
            },
            {
              text: {
                da: 'Aflyser møderne, indtil ramadanen er slut.',
                en: 'Cancel meetings until Ramadan is over.',
              },
              correct: false,
              explanation: {
                da: 'En måned uden møder er et langt brud i relationen, og der er ingen grund til det. Spørg hellere, hvad der passer familien.',
                en: 'A month without meetings is a long break in the relationship, and there is no need for it. Ask what suits the family instead.',
              },
            },
            {
              text: {
                da: 'Forklarer forælderen, at barnet har brug for mad for at kunne koncentrere sig.',
                en: 'Explain to the parent that the child needs food to be able to concentrate.',
              },
              correct: false,
              explanation: {
                da: 'Det er ikke din rolle at rådgive familien om religiøs praksis. Du er gæst i deres liv og tilpasser dig. Er du bekymret for barnets trivsel, taler du med koordinatoren.',
                en: "It is not your role to advise the family on religious practice. You are a guest in their life and adapt to it. If you are worried about the child's wellbeing, talk to the coordinator.",
              },
            },
          ],
        },
        {
          id: 'q6',
          prompt: {
            da: 'Du får et stort projekt på arbejdet og kan ikke nå jeres møder de næste tre uger. Hvad gør du?',
            en: 'You get a big project at work and cannot make your meetings for the next three weeks. What do you do?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Aflyser hvert møde samme dag, når du kan se, at du ikke når det.',
                en: "Cancel each meeting on the day, when you can see you won't make it.",
              },
              correct: false,
              explanation: {
                da: 'Gentagne aflysninger i sidste øjeblik viser din mentee, at man ikke kan regne med dig. Det skader tilliden mere end en planlagt pause.',
                en: 'Repeated last-minute cancellations show your mentee that they cannot rely on you. That harms trust more than a planned break.',
              },
            },
            {
              text: {
                da: 'Giver din mentee (og forælderen, hvis det er et barn) og koordinatoren besked nu og aftaler, hvornår I ses igen.',
                en: 'Tell your mentee (and the parent, if it is a child) and the coordinator now, and agree when you will meet again.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Ærlig besked i god tid og en konkret aftale om næste møde bevarer tilliden, selv om der kommer en pause.',
                en: 'Correct. Honest notice in good time and a concrete date for the next meeting keep the trust, even with a break.',
              },
            },
            {
              text: {
                da: 'Beder en ven, som du stoler på, om at tage møderne imens.',
                en: 'Ask a friend you trust to take the meetings in the meantime.',
              },
              correct: false,
              explanation: {
                da: 'Kun mentorer, der har gennemført træning og screening i programmet, må mødes med mentees. Din ven har ikke det, og din mentee kender ham ikke.',
                en: "Only mentors who have completed the program's training and screening may meet mentees. Your friend has not, and your mentee does not know him.",
              },
            },
          ],
        },
      ],
    },
  ],
};
