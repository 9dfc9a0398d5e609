import type { CurriculumModule } from './types';

/** Theme 2 of the source: handling challenging situations when they arise. */
export const coreChallenging: CurriculumModule = {
  id: 'core-challenging',
  title: {
    da: 'Når det bliver svært',
    en: 'Handling challenging situations',
  },
  summary: {
    da: 'Du kan bevare roen i svære situationer, nedtrappe en konflikt, reagere rigtigt på en bekymrende betroelse og vide, hvornår og hvordan du inddrager koordinatoren.',
    en: 'You will be able to stay calm in difficult situations, de-escalate a conflict, respond well to a worrying disclosure and know when and how to involve the coordinator.',
  },
  items: [
    {
      kind: 'lesson',
      id: 'core-challenging-situations',
      title: {
        da: 'Typiske svære situationer – og hvad du gør',
        en: 'Common difficult situations and what to do',
      },
      minutes: 4,
      body: {
        da: `## Svære situationer er en del af det

Før eller siden oplever de fleste mentorer noget, der er svært. Det betyder ikke, at du gør noget forkert. Det betyder som regel, at du er kommet tæt nok på til, at det virkelige liv dukker op. Her gennemgår vi nogle af de situationer, mentorer oftest møder, og hvad du kan gøre.

Tommelfingerreglen er den samme hver gang: **Bevar roen, lyt først, og stå ikke alene med det.** Din koordinator er der for at hjælpe dig.

## Når din mentee aflyser igen og igen

Mahmoud på 13 har aflyst lektiehjælpen tre gange på en måned, hver gang samme dag. Det er fristende at tage det personligt eller bare give op. Men aflysninger handler sjældent om dig. Måske er der meget derhjemme, måske er han flov over, at det går dårligt i skolen, eller måske ligger tidspunktet bare skidt.

- Tag det op roligt og uden bebrejdelser: "Jeg har lagt mærke til, at det er svært at nå vores aftaler. Hvad tror du, der skal til?"
- Se på tid og sted sammen. Passer en anden dag bedre?
- Fortæl koordinatoren om mønstret. Er din mentee et barn, er det koordinatoren, der tager snakken med familien, hvis det fortsætter.

## Når der opstår en konflikt

En konflikt kan opstå mellem dig og din mentee eller mellem din mentee og andre – fx til fodboldtræning, hvor der pludselig bliver skubbet og råbt. Sådan trapper du ned:

- **Tal lavt og roligt.** Din ro smitter.
- **Giv plads.** Stil dig ikke tæt op ad en, der er vred, og hold dine hænder synlige.
- **Anerkend følelsen**, ikke nødvendigvis handlingen: "Jeg kan godt se, at du er rigtig vred."
- **Diskutér ikke, mens det står på.** Tag den egentlige snak, når alle er faldet ned.
- **Giv valgmuligheder:** "Skal vi gå en tur, eller vil du have et glas vand først?"
- **Tænk på sikkerheden.** Er nogen ved at komme til skade, skal de skilles ad. Til træning er det træneren, der har ansvaret for holdet, så hjælp til sammen med træneren.

Er konflikten mellem jer to, så sig undskyld for din del af den. Det er stærk rollemodellering.

## Når en forælder har urealistiske forventninger

Albertes mor forventer, at datterens karakter i matematik stiger fra 4 til 10 inden afgangsprøven, og beder dig komme to ekstra gange om ugen. Anerkend ønsket – hun vil sin datter det bedste. Forklar venligt, hvad du kan tilbyde inden for programmet: en fast ugentlig tid, gode vaner og opmuntring. Lov ikke resultater eller mere tid, end du har. Inddrag koordinatoren, så forventningerne bliver afstemt, gerne i et fælles møde.

## Når din mentee klager over sin leder

I et arbejdspladsprogram hører du måske: "Min chef er helt umulig. Hun giver mig aldrig feedback. Kan du ikke sige det til hende?" Lyt, og tag oplevelsen alvorligt, men tag ikke parti, og gå ikke til lederen på din mentees vegne. Hjælp i stedet din mentee til selv at tage samtalen: Hvad vil hun gerne have? Hvordan kan hun sige det? Handler det om noget alvorligt som krænkelser, chikane eller dårligt arbejdsmiljø, så peg på HR, tillidsrepræsentanten eller arbejdsmiljørepræsentanten – og fortæl din koordinator om det.

## Sig det hellere for tidligt end for sent

Du behøver ikke vente til næste check-in. Brug "Hvordan kan vi hjælpe?" i Mentorpath, hvis noget fylder. Det er aldrig et nederlag at bede om hjælp – det er en del af at være en god mentor.`,
        en: `## Difficult moments are part of it

Sooner or later most mentors face something difficult. It does not mean you are doing anything wrong. Usually it means you have got close enough for real life to show up. This lesson goes through some of the situations mentors meet most often and what you can do.

The rule of thumb is the same every time: **stay calm, listen first, and do not carry it alone.** Your coordinator is there to help you.

## When your mentee cancels again and again

Mahmoud, 13, has cancelled homework support three times in a month, each time on the day. It is tempting to take it personally or simply give up. But cancellations are rarely about you. Perhaps there is a lot going on at home, perhaps he is embarrassed that school is going badly, or perhaps the time just does not suit him.

- Raise it calmly and without blame: "I've noticed it's hard to make our meetings. What do you think would help?"
- Look at the time and place together. Would another day work better?
- Tell the coordinator about the pattern. If your mentee is a child, the coordinator is the one who talks to the family if it continues.

## When a conflict breaks out

A conflict can arise between you and your mentee, or between your mentee and others, for example at football practice when there is suddenly pushing and shouting. Here is how to de-escalate:

- **Speak quietly and calmly.** Your calm is contagious.
- **Give space.** Do not stand close to someone who is angry, and keep your hands visible.
- **Acknowledge the feeling**, not necessarily the behaviour: "I can see you are really angry."
- **Do not argue while it is happening.** Have the real conversation once everyone has calmed down.
- **Offer choices:** "Shall we go for a walk, or would you like a glass of water first?"
- **Think about safety.** If someone is about to get hurt, they must be separated. At practice, the coach is responsible for the team, so help together with the coach.

If the conflict is between the two of you, apologise for your part in it. That is powerful role modelling.

## When a parent has unrealistic expectations

Alberte's mother expects her daughter's maths grade to jump from a bare pass to top marks before the final exam, and asks you to come twice more a week. Acknowledge the wish: she wants the best for her daughter. Explain kindly what you can offer within the program: a regular weekly time, good habits and encouragement. Do not promise results or more time than you have. Involve the coordinator so that expectations are aligned, ideally in a meeting together.

## When your mentee complains about their manager

In a workplace program you might hear: "My manager is impossible. She never gives me feedback. Could you tell her?" Listen and take the experience seriously, but do not take sides, and do not go to the manager on your mentee's behalf. Instead, help your mentee have the conversation themselves: what do they want, and how could they say it? If it is about something serious such as harassment, bullying or a poor working environment, point them to HR, their union representative or the health and safety representative, and tell your coordinator.

## Better too early than too late

You do not need to wait for the next check-in. Use "How can we help?" in Mentorpath if something is on your mind. Asking for help is never a failure; it is part of being a good mentor.`,
      },
    },
    {
      kind: 'lesson',
      id: 'core-challenging-concerns',
      title: {
        da: 'Bekymringer, betroelser og hvornår du inddrager koordinatoren',
        en: 'Worries, disclosures and when to involve the coordinator',
      },
      minutes: 5,
      body: {
        da: `## Når noget er alvorligt

Nogle gange hører eller ser du noget, der gør dig bekymret: en mentee, der er meget ked af det, et barn med mærker, der ikke bliver forklaret, en der fortæller om vold eller ikke har fået mad, eller en ung, der siger, at det hele er ligegyldigt. Din opgave er ikke at løse problemet. Din opgave er at lytte, tage det alvorligt og sørge for, at de rigtige får det at vide.

## Når din mentee er i krise

Hvis din mentee er meget ked af det, vred eller bange:

- Bliv hos ham eller hende, og vær rolig.
- Lyt mere, end du taler: "Jeg er her. Du behøver ikke sige noget."
- Spørg direkte, hvis du er bekymret for, at din mentee vil gøre skade på sig selv. Det øger ikke risikoen at spørge – tværtimod er det tit en lettelse at blive spurgt.
- Er nogen i akut fare, så ring 112.
- Kontakt koordinatoren eller den trivselsansvarlige samme dag.

Det kan også være godt at kende Livslinien (70 201 201) og, for børn og unge, BørneTelefonen (116 111).

## Når nogen betror dig noget bekymrende

Et barn siger måske i en bisætning over matematikbogen: "Far slår, når han har drukket." Sådan reagerer du:

1. **Bevar roen.** Vis ikke chok eller vrede, selv om du føler det.
2. **Lyt, og tag det alvorligt.** Sig fx: "Det var rigtigt af dig at fortælle mig det."
3. **Lov ikke at holde det hemmeligt.** Sig ærligt: "Det her er så vigtigt, at jeg er nødt til at fortælle det til en, der kan hjælpe."
4. **Undersøg ikke selv.** Stil ikke ledende spørgsmål, og konfrontér ikke forælderen. Det er den trivselsansvarliges og kommunens opgave. Nøjes med "Vil du fortælle mere?"
5. **Giv det videre samme dag** med "Rapportér en bekymring" i Mentorpath. Det går direkte til programmets trivselsansvarlige.

I Danmark har alle – også frivillige – pligt til at underrette kommunen, hvis de får kendskab til, at et barn eller en ung under 18 år bliver udsat for vanrøgt eller nedværdigende behandling eller lever under forhold, der bringer barnets sundhed eller udvikling i fare. Den trivselsansvarlige hjælper med underretningen, men du kan altid selv underrette kommunen.

## Hvornår skal koordinatoren inddrages?

Tænk i et trafiklys:

- **Grøn – tag det op ved næste check-in:** en enkelt aflysning, en dårlig dag, tvivl om, hvad I skal lave.
- **Gul – kontakt koordinatoren inden for et par dage:** gentagne aflysninger, en konflikt, der ikke går over, en forælder, der presser på, en mentee, der virker trist over længere tid, eller når du selv er i tvivl om en grænse.
- **Rød – handl samme dag:** betroelser om vold, overgreb eller omsorgssvigt, tanker om selvmord, tegn på misbrug, eller hvis nogen bliver truet. Brug "Rapportér en bekymring", og ring 112 ved akut fare.

Er du i tvivl om farven, så vælg den højeste.

## Hvad skal du skrive ned?

Skriv det ned så hurtigt som muligt, mens du husker det:

- Dato, tidspunkt og sted.
- Hvad der skete, og hvad der blev sagt – gerne med din mentees egne ord i citationstegn.
- Hvad du selv sagde og gjorde.
- Hvem du har givet det videre til, og hvornår.

Skriv fakta, ikke gæt. "Hun havde et blåt mærke på kinden og sagde, at hun var faldet" er bedre end "Jeg tror, hun bliver slået."

En bekymring skriver du i "Rapportér en bekymring" – ikke i mødeloggen. Mødeloggen kan forældre og værger se, og den er til de almindelige møder: hvad I lavede, og hvordan det gik. Gem heller ikke noter om din mentee på din egen telefon eller i private beskeder.`,
        en: `## When something is serious

Sometimes you hear or see something that worries you: a mentee who is very upset, a child with marks that are not explained, someone who tells you about violence or not getting enough to eat, or a young person who says that nothing matters any more. Your job is not to solve the problem. Your job is to listen, take it seriously and make sure the right people know.

## When your mentee is in distress

If your mentee is very upset, angry or scared:

- Stay with them and stay calm.
- Listen more than you talk: "I'm here. You don't have to say anything."
- Ask directly if you are worried that your mentee might harm themselves. Asking does not increase the risk; many people are relieved to be asked.
- If anyone is in immediate danger, call 112.
- Contact the coordinator or the safeguarding lead the same day.

It also helps to know the local helplines. In Denmark these include Livslinien (70 201 201) and, for children and young people, BørneTelefonen (116 111).

## When someone tells you something worrying

A child might say, almost in passing over a maths book: "Dad hits us when he's been drinking." This is how to respond:

1. **Stay calm.** Do not show shock or anger, even if you feel it.
2. **Listen and take it seriously.** Say, for example: "You did the right thing telling me."
3. **Do not promise to keep it secret.** Be honest: "This is so important that I need to tell someone who can help."
4. **Do not investigate.** Do not ask leading questions, and do not confront the parent. That is the job of the safeguarding lead and the authorities. Stick to "Would you like to tell me more?"
5. **Pass it on the same day** using "Report a concern" in Mentorpath. It goes straight to the program's safeguarding lead.

In Denmark everyone, volunteers included, has a duty to report to the municipality (an *underretning*) if they learn that a child or young person under 18 is being neglected or treated in a degrading way, or is living in conditions that put their health or development at risk. The safeguarding lead helps with the report, but you can always report to the municipality yourself.

## When to involve the coordinator

Think of a traffic light:

- **Green: raise it at the next check-in.** A single cancellation, a bad day, uncertainty about what to do together.
- **Amber: contact the coordinator within a couple of days.** Repeated cancellations, a conflict that does not settle, a parent who keeps pushing, a mentee who seems low for a long time, or when you are unsure about a boundary yourself.
- **Red: act the same day.** Disclosures of violence, abuse or neglect, thoughts of suicide, signs of substance abuse, or threats against anyone. Use "Report a concern", and call 112 if there is immediate danger.

If you are unsure which colour it is, choose the higher one.

## What to write down

Write it down as soon as you can, while you still remember:

- Date, time and place.
- What happened and what was said, ideally with your mentee's own words in quotation marks.
- What you said and did.
- Who you passed it on to, and when.

Write facts, not guesses. "She had a bruise on her cheek and said she had fallen" is better than "I think she is being hit."

A concern goes in "Report a concern", not in the meeting log. Parents and guardians can see the meeting log, and it is for ordinary meetings: what you did and how it went. Do not keep notes about your mentee on your own phone or in private messages either.`,
      },
    },
    {
      kind: 'quiz',
      id: 'core-challenging-quiz',
      title: {
        da: 'Scenarier: Når det bliver svært',
        en: 'Scenarios: Handling challenging situations',
      },
      minutes: 11,
      passMark: 0.8,
      maxAttempts: null,
      questions: [
        {
          id: 'q1',
          prompt: {
            da: 'Mahmoud på 13 har aflyst lektiehjælpen tre gange i træk, hver gang samme dag med en kort besked. Hvad er det bedste første skridt?',
            en: 'Mahmoud, 13, has cancelled homework support three times in a row, each time on the day with a short message. What is the best first step?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Tage det roligt op med ham, spørge nysgerrigt, hvad der gør det svært, og fortælle koordinatoren om mønstret.',
                en: 'Raise it calmly with him, ask with curiosity what makes it hard, and tell the coordinator about the pattern.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Aflysninger handler sjældent om dig. En nysgerrig snak kan afsløre, hvad der er i vejen, og koordinatoren kan tage kontakten til familien, hvis det fortsætter.',
                en: 'Correct. Cancellations are rarely about you. A curious conversation can reveal what is getting in the way, and the coordinator can contact the family if it continues.',
              },
            },
            {
              text: {
                da: 'Holde op med at møde op, indtil han selv tager kontakt. Han vil tydeligvis ikke.',
                en: 'Stop turning up until he gets in touch himself. He clearly does not want to.',
              },
              correct: false,
              explanation: {
                da: 'Hvis du trækker dig, kan det bekræfte hans oplevelse af, at voksne forsvinder. Der kan være mange grunde til aflysningerne.',
                en: 'If you withdraw, it may confirm his experience that adults disappear. There can be many reasons for the cancellations.',
              },
            },
            {
              text: {
                da: 'Skrive til hans forælder, at Mahmoud er upålidelig og skal tage programmet mere alvorligt.',
                en: 'Write to his parent that Mahmoud is unreliable and needs to take the program more seriously.',
              },
              correct: false,
              explanation: {
                da: 'Det er en bebrejdelse, der kan skade både relationen til Mahmoud og til familien. Tal først med ham, og lad koordinatoren tage en eventuel snak med familien.',
                en: 'This is blame that can damage both your relationship with Mahmoud and with the family. Talk to him first, and let the coordinator handle any conversation with the family.',
              },
            },
            {
              text: {
                da: 'Kontakte hans klasselærer for at høre, om der er problemer i skolen.',
                en: 'Contact his class teacher to ask whether there are problems at school.',
              },
              correct: false,
              explanation: {
                da: 'Du må ikke dele oplysninger om din mentee med skolen eller andre uden aftale med familien og programmet. Spørg Mahmoud selv, og tal med koordinatoren.',
                en: 'You must not share information about your mentee with the school or others without agreement from the family and the program. Ask Mahmoud himself and talk to the coordinator.',
              },
            },
          ],
        },
        {
          id: 'q2',
          prompt: {
            da: 'Til fodboldtræning kommer din mentee på 12 op at skændes med en anden dreng. De råber og begynder at skubbe til hinanden. Hvad gør du?',
            en: 'At football practice, your 12-year-old mentee gets into an argument with another boy. They are shouting and starting to push each other. What do you do?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Råber højt "Stop så!", så de kan høre, at du mener det.',
                en: 'Shout "Stop it!" loudly so they can hear that you mean it.',
              },
              correct: false,
              explanation: {
                da: 'At råbe kan optrappe konflikten. En lav, rolig stemme virker som regel bedre og smitter med ro.',
                en: 'Shouting can escalate the conflict. A low, calm voice usually works better, and the calm spreads.',
              },
            },
            {
              text: {
                da: 'Sammen med træneren får du dem skilt ad, taler lavt og roligt og tager din mentee lidt til side, til han er faldet ned.',
                en: 'Together with the coach, you separate them, speak quietly and calmly, and take your mentee a little to one side until he has calmed down.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Sikkerheden kommer først, træneren har ansvaret for holdet, og ro og plads hjælper ham med at falde ned. Den egentlige snak tager I bagefter.',
                en: 'Correct. Safety comes first, the coach is responsible for the team, and calm and space help him settle. You have the real conversation afterwards.',
              },
            },
            {
              text: {
                da: 'Forklarer ham på stedet, hvorfor han opfører sig forkert.',
                en: 'Explain to him on the spot why his behaviour is wrong.',
              },
              correct: false,
              explanation: {
                da: 'Mens følelserne koger, kan han ikke tage imod en forklaring. Vent med snakken, til han er rolig.',
                en: 'While emotions are running high, he cannot take in an explanation. Wait until he is calm.',
              },
            },
            {
              text: {
                da: 'Lader det passe sig selv. Det er trænerens ansvar, og du vil ikke blande dig.',
                en: "Leave it. It is the coach's responsibility, and you do not want to interfere.",
              },
              correct: false,
              explanation: {
                da: 'Træneren har ansvaret for holdet, men du er der sammen med din mentee. Hjælp træneren med at skabe ro, så ingen kommer til skade.',
                en: 'The coach is responsible for the team, but you are there with your mentee. Help the coach calm things down so that nobody gets hurt.',
              },
            },
          ],
        },
        {
          id: 'q3',
          prompt: {
            da: 'Mens I laver lektier, siger Sofie på 10: "Du må ikke sige det til nogen, men far slår mig, når han har drukket." Hvad gør du?',
            en: 'While you are doing homework, Sofie, 10, says: "You can\'t tell anyone, but Dad hits me when he\'s been drinking." What do you do?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Lover at holde det hemmeligt, så hun bliver ved med at stole på dig.',
                en: 'Promise to keep it secret so that she keeps trusting you.',
              },
              correct: false,
              explanation: {
                da: 'Det løfte kan og må du ikke holde. Sofie har brug for, at en voksen handler. Vær ærlig om, at du skal fortælle det til en, der kan hjælpe.',
                en: 'You cannot and must not keep that promise. Sofie needs an adult to act. Be honest that you need to tell someone who can help.',
              },
            },
            {
              text: {
                da: 'Lytter roligt, siger, at det var rigtigt af hende at fortælle det, forklarer, at du er nødt til at fortælle det til en, der kan hjælpe, og rapporterer en bekymring samme dag.',
                en: 'Listen calmly, tell her she did the right thing by telling you, explain that you must tell someone who can help, and report a concern the same day.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Du tager hende alvorligt, er ærlig og giver det videre til den trivselsansvarlige, som sørger for en underretning til kommunen.',
                en: 'Correct. You take her seriously, are honest with her, and pass it on to the safeguarding lead, who makes sure the municipality is notified.',
              },
            },
            {
              text: {
                da: 'Stiller uddybende spørgsmål om, hvornår og hvordan det sker, så du er sikker på, at det er rigtigt, før du siger det videre.',
                en: 'Ask detailed questions about when and how it happens, so you are sure it is true before you pass it on.',
              },
              correct: false,
              explanation: {
                da: 'Det er ikke din opgave at undersøge sagen. Ledende eller mange spørgsmål kan påvirke hendes forklaring senere. Du skal ikke være sikker for at give en bekymring videre.',
                en: 'It is not your job to investigate. Leading or many questions can affect her account later. You do not need to be sure in order to pass on a concern.',
              },
            },
            {
              text: {
                da: 'Tager en rolig snak med far, når han henter hende, for at høre hans side.',
                en: 'Have a calm word with her father when he picks her up, to hear his side.',
              },
              correct: false,
              explanation: {
                da: 'At konfrontere forælderen kan bringe Sofie i større fare og ødelægge kommunens mulighed for at hjælpe. Lad den trivselsansvarlige og kommunen håndtere det.',
                en: "Confronting the parent can put Sofie at greater risk and spoil the authorities' chance to help. Leave it to the safeguarding lead and the municipality.",
              },
            },
          ],
        },
        {
          id: 'q4',
          prompt: {
            da: 'Sofie på 10 har lige fortalt dig, at hendes far slår hende, når han har drukket. Nu skal du skrive ned, hvad hun fortalte. Hvad hører med? Vælg alle, der passer.',
            en: 'Sofie, 10, has just told you that her father hits her when he has been drinking. Now you need to write down what she told you. What belongs in your notes? Choose all that apply.',
          },
          multiple: true,
          options: [
            {
              text: {
                da: 'Hendes egne ord, så præcist som du kan huske dem.',
                en: 'Her own words, as exactly as you can remember them.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Barnets egne ord er mere værd end dit referat, fordi de ikke er farvet af din fortolkning.',
                en: "Correct. The child's own words are worth more than your summary, because they are not coloured by your interpretation.",
              },
            },
            {
              text: {
                da: 'Dato, tidspunkt, sted og hvad du selv sagde og gjorde.',
                en: 'Date, time, place and what you said and did.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Det giver den trivselsansvarlige og kommunen det overblik, de skal bruge.',
                en: 'Correct. It gives the safeguarding lead and the municipality the overview they need.',
              },
            },
            {
              text: {
                da: 'Dit bud på, hvad der foregår derhjemme, og hvorfor far drikker.',
                en: 'Your view of what is going on at home and why her father drinks.',
              },
              correct: false,
              explanation: {
                da: 'Skriv fakta, ikke gæt. Dine fortolkninger kan blive læst som fakta og føre sagen i en forkert retning.',
                en: 'Write facts, not guesses. Your interpretations may be read as facts and lead things in the wrong direction.',
              },
            },
            {
              text: {
                da: 'Det hele samlet i mødeloggen, så alt om forløbet står ét sted.',
                en: 'All of it in the meeting log, so everything about the relationship is in one place.',
              },
              correct: false,
              explanation: {
                da: 'Forældre og værger kan se mødeloggen – også Sofies far. En bekymring skal i "Rapportér en bekymring", som kun går til den trivselsansvarlige.',
                en: 'Parents and guardians can see the meeting log, including Sofie\'s father. A concern belongs in "Report a concern", which goes only to the safeguarding lead.',
              },
            },
          ],
        },
        {
          id: 'q5',
          prompt: {
            da: 'Albertes mor beder dig komme to ekstra gange om ugen, fordi Albertes matematikkarakter skal stige fra 4 til 10 inden afgangsprøven. Hvad svarer du?',
            en: "Alberte's mother asks you to come twice more a week, because Alberte's maths grade must go from a bare pass to top marks before the final exam. How do you reply?",
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Siger ja for at bevare et godt forhold til familien.',
                en: 'Say yes to keep a good relationship with the family.',
              },
              correct: false,
              explanation: {
                da: 'Mere tid, end du realistisk kan give, fører til aflysninger og skuffelse. Og en karakter kan du ikke love.',
                en: 'More time than you can realistically give leads to cancellations and disappointment. And you cannot promise a grade.',
              },
            },
            {
              text: {
                da: 'Anerkender hendes ønske, forklarer venligt, hvad du kan tilbyde inden for programmet, og beder koordinatoren om hjælp til at afstemme forventningerne.',
                en: 'Acknowledge her wish, kindly explain what you can offer within the program, and ask the coordinator to help align expectations.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Du tager moren alvorligt uden at love mere, end du kan holde, og koordinatoren kan hjælpe med at afklare, hvad programmet er og ikke er.',
                en: 'Correct. You take the mother seriously without promising more than you can keep, and the coordinator can help clarify what the program is and is not.',
              },
            },
            {
              text: {
                da: 'Siger ærligt, at det ikke er realistisk, fordi Alberte ikke er så stærk i matematik.',
                en: 'Say honestly that it is not realistic, because Alberte is not that strong at maths.',
              },
              correct: false,
              explanation: {
                da: 'Ærlighed er godt, men en vurdering af Albertes evner kan såre både mor og datter – og det er ikke din rolle at vurdere hende fagligt.',
                en: "Honesty is good, but a judgement of Alberte's ability can hurt both mother and daughter, and it is not your role to assess her academically.",
              },
            },
            {
              text: {
                da: 'Siger ingenting og fortsætter som hidtil.',
                en: 'Say nothing and carry on as before.',
              },
              correct: false,
              explanation: {
                da: 'Uafklarede forventninger vokser og kan blive til en konflikt senere. Tag det op, og få koordinatoren med.',
                en: 'Unspoken expectations grow and can turn into a conflict later. Raise it, and bring in the coordinator.',
              },
            },
          ],
        },
        {
          id: 'q6',
          prompt: {
            da: 'Din mentee, der er ny medarbejder, siger: "Min chef er helt umulig. Hun giver mig aldrig feedback. Kan du ikke sige det til hende?" Hvad gør du?',
            en: 'Your mentee, a new employee, says: "My manager is impossible. She never gives me feedback. Could you tell her?" What do you do?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Går til lederen og fortæller, at din mentee savner feedback.',
                en: 'Go to the manager and tell her that your mentee is missing feedback.',
              },
              correct: false,
              explanation: {
                da: 'Så tager du ansvaret fra din mentee og bryder fortroligheden. Din rolle er at støtte, ikke at tale på vegne af din mentee.',
                en: "That takes the responsibility away from your mentee and breaks confidentiality. Your role is to support, not to speak on your mentee's behalf.",
              },
            },
            {
              text: {
                da: 'Giver din mentee ret – du har også hørt, at lederen er svær at arbejde med.',
                en: 'Agree with your mentee: you have also heard that the manager is difficult to work with.',
              },
              correct: false,
              explanation: {
                da: 'At tage parti eller dele sladder skader både din mentee og arbejdspladsen. Bliv ved din mentees egen oplevelse.',
                en: "Taking sides or sharing gossip harms both your mentee and the workplace. Stay with your mentee's own experience.",
              },
            },
            {
              text: {
                da: 'Lytter, hjælper din mentee med at forberede en samtale med lederen og peger på HR eller tillidsrepræsentanten, hvis det handler om noget alvorligt.',
                en: 'Listen, help your mentee prepare a conversation with the manager, and point to HR or the union representative if it is about something serious.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Du styrker din mentee i selv at tage samtalen og ved, hvor hun kan få hjælp, hvis det er mere end et ønske om feedback.',
                en: 'Correct. You help your mentee have the conversation herself, and you know where she can get help if it is about more than wanting feedback.',
              },
            },
          ],
        },
        {
          id: 'q7',
          prompt: {
            da: 'På en dag med jobskygning fortæller gymnasieeleven Laura på 17, at hun ikke har sovet ordentligt i ugevis, og at "det hele er ligegyldigt alligevel". Hvad gør du?',
            en: 'On a job-shadowing day, Laura, a 17-year-old student, tells you she has not slept properly for weeks and that "none of it matters anyway". What do you do?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Siger, at alle har det sådan en gang imellem, og fortsætter med dagens program.',
                en: 'Say that everyone feels that way now and then, and carry on with the plan for the day.',
              },
              correct: false,
              explanation: {
                da: 'Det kan være ment som trøst, men hun kan opleve, at du ikke tager hende alvorligt. Hendes ord kan være et tegn på, at hun har det meget svært.',
                en: 'It may be meant as comfort, but she may feel you are not taking her seriously. Her words can be a sign that she is really struggling.',
              },
            },
            {
              text: {
                da: 'Tager det alvorligt: finder et roligt sted, spørger ind – også direkte til tanker om selvskade – og kontakter koordinatoren samme dag.',
                en: 'Take it seriously: find a quiet place, ask how she is, including directly about thoughts of self-harm, and contact the coordinator the same day.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. At spørge direkte øger ikke risikoen. Du lytter, hjælper hende videre – fx til egen læge, studievejlederen eller Livslinien – og står ikke alene med det. Er hun i akut fare, ringer du 112.',
                en: 'Correct. Asking directly does not increase the risk. You listen, help her towards support such as her doctor, the school counsellor or a helpline, and you do not carry it alone. If she is in immediate danger, call 112.',
              },
            },
            {
              text: {
                da: 'Lover ikke at sige det til nogen, så hun tør fortælle mere.',
                en: 'Promise not to tell anyone, so that she dares to say more.',
              },
              correct: false,
              explanation: {
                da: 'Hvis du er bekymret for hendes sikkerhed, skal du give det videre. Et løfte om tavshed kan du ikke holde.',
                en: 'If you are worried about her safety, you must pass it on. A promise of secrecy is one you cannot keep.',
              },
            },
            {
              text: {
                da: 'Giver hende gode råd om søvn og skærmtid og nævner det ikke for nogen.',
                en: 'Give her good advice about sleep and screen time and mention it to nobody.',
              },
              correct: false,
              explanation: {
                da: 'Søvnråd løser ikke det, hun måske står i. Du er ikke behandler – din opgave er at lytte og få hende videre til hjælp.',
                en: 'Sleep tips do not address what she may be going through. You are not a therapist; your job is to listen and help her get support.',
              },
            },
          ],
        },
      ],
    },
  ],
};
