import type { CurriculumModule } from './types';

/** How mentoring relationships end well, and the agreed rule for contact afterwards. */
export const relationshipEndings: CurriculumModule = {
  id: 'relationship-endings',
  title: {
    da: 'En god afslutning',
    en: 'Ending the relationship well',
  },
  summary: {
    da: 'Du kan forberede din mentee på afslutningen, holde et godt sidste møde og overholde den aftale om kontakt bagefter, som I har indgået.',
    en: 'You will be able to prepare your mentee for the ending, hold a good last meeting and keep to the agreement on contact afterwards.',
  },
  items: [
    {
      kind: 'lesson',
      id: 'relationship-endings-ending-well',
      title: {
        da: 'Sådan slutter et forløb godt',
        en: 'How a mentoring relationship ends well',
      },
      minutes: 5,
      body: {
        da: `## Afslutningen er en del af forløbet

Alle mentorforløb slutter, og måden, det sker på, betyder meget. En god afslutning kan være det, din mentee husker bedst. Den viser, at en relation kan slutte, uden at nogen bliver svigtet. En brat afslutning kan omvendt bekræfte en oplevelse af, at voksne forsvinder.

## Den planlagte afslutning

De fleste forløb har en aftalt slutdato. Sådan forbereder du din mentee:

- **Tal om afslutningen i god tid.** Nævn den allerede i starten, og tag den op igen, når der er en måned eller to tilbage. Tæl gerne ned: "Nu har vi fire gange tilbage."
- **Tal om tiden bagefter.** Hvem kan din mentee spørge om hjælp? Fortsætter barnet til håndbold uden dig? Hvem kan den nye medarbejder sparre med fremover?
- **Tag imod reaktionerne.** Nogle bliver stille, nogle bliver sure, og andre lader som ingenting. Det er normalt. Anerkend det: "Det er okay at være ked af, at vi stopper. Det er jeg også lidt."

## Når forløbet slutter før tid

Nogle gange slutter et forløb tidligere end planlagt: Du flytter, får nyt job eller bliver syg. Din mentee mister lysten eller flytter. Eller matchet fungerer simpelthen ikke.

- **Tal med koordinatoren først**, før du siger noget til din mentee. Sammen aftaler I, hvordan og hvornår det skal siges – og ved børn også, hvordan forælderen får det at vide.
- **Hold så vidt muligt et afsluttende møde.**
- **Gør det klart, at det ikke er din mentees skyld.**
- **Forsvind aldrig bare.** Også hvis din mentee er holdt op med at komme, skal forløbet afsluttes ordentligt, fx med en hilsen gennem platformen.

Sker afslutningen på grund af en bekymring, er det koordinatoren og den trivselsansvarlige, der bestemmer, hvordan den foregår. Så følger du deres anvisninger.

## Det sidste møde

- **Kig tilbage sammen.** Hvad har I lavet? Hvad er din mentee stolt af?
- **Sig konkret, hvad du har set:** "Da vi startede, ville du ikke læse højt. I dag læste du en hel side."
- **Kig fremad.** Hvad vil din mentee gerne nå, og hvem kan hjælpe?
- **Lav noget, I begge kan lide** – spil den kamp, spis den is, gå den tur.
- **Et lille minde er fint:** et kort, et brev eller et billede fra en af jeres aktiviteter, hvis forælderen har sagt ja. Ikke dyre gaver.

Efter det sidste møde får I begge et kort spørgeskema. Dine svar hjælper programmet med at blive bedre.

## Aftalen om kontakt bagefter

Når forløbet lukkes i Mentorpath, aftaler I sammen med koordinatoren – og forælderen, hvis din mentee er et barn – hvilken kontakt der må være bagefter:

- **Ingen kontakt.** Forløbet er slut. Det er tit det rigtige med yngre børn.
- **Kontakt gennem platformen.** Din mentee kan skrive til dig i Mentorpath, fx gymnasieeleven, der senere vil have hjælp til at søge job. Du kan altid lukke for kontakten.
- **Direkte kontakt.** I må have kontakt uden for platformen. Det giver typisk kun mening mellem voksne, fx kolleger.

Sig ærligt, hvis du ikke ønsker kontakt bagefter. Det er bedre end at sige ja og så ikke svare.

## Hvis kontakten fortsætter mod aftalen

Skriver en tidligere mentee til dig privat, selv om I har aftalt noget andet, så svar ikke privat, og start ikke en ny kontakt. Fortæl koordinatoren det, og aftal, hvem der svarer, og hvordan. Er der tegn på, at din tidligere mentee har det svært, så rapportér en bekymring – og ring 112 ved akut fare. Møder I hinanden tilfældigt i supermarkedet, så hils venligt. Det er helt naturligt.`,
        en: `## The ending is part of the relationship

Every mentoring relationship ends, and how it ends matters a great deal. A good ending may be what your mentee remembers best. It shows that a relationship can end without anyone being let down. An abrupt ending, on the other hand, can confirm the belief that adults disappear.

## The planned ending

Most relationships have an agreed end date. This is how you prepare your mentee:

- **Talk about the ending in good time.** Mention it at the start, and bring it up again when there are one or two months left. Count down if it helps: "We have four more meetings."
- **Talk about what comes after.** Who can your mentee ask for help? Will the child keep going to handball without you? Who can the new employee turn to for advice from now on?
- **Accept the reactions.** Some go quiet, some get cross, and others act as if nothing is happening. That is normal. Acknowledge it: "It's okay to be sad that we're stopping. I am a bit too."

## When the relationship ends early

Sometimes a relationship ends sooner than planned: you move, change jobs or fall ill; your mentee loses interest or moves away; or the match simply does not work.

- **Talk to the coordinator first**, before you say anything to your mentee. Together you agree how and when it will be said, and for a child, how the parent will be told.
- **Hold a final meeting if at all possible.**
- **Make it clear that it is not your mentee's fault.**
- **Never just disappear.** Even if your mentee has stopped coming, the relationship should be closed properly, for example with a message through the platform.

If the ending is because of a concern, the coordinator and the safeguarding lead decide how it happens. You then follow their guidance.

## The last meeting

- **Look back together.** What have you done? What is your mentee proud of?
- **Say concretely what you have seen:** "When we started, you didn't want to read aloud. Today you read a whole page."
- **Look ahead.** What does your mentee want to achieve, and who can help?
- **Do something you both enjoy**: play that match, eat that ice cream, go on that walk.
- **A small keepsake is fine:** a card, a letter, or a photo from one of your activities if the parent has agreed. No expensive gifts.

After the last meeting you will both receive a short survey. Your answers help the program improve.

## The agreement on contact afterwards

When the relationship is closed in Mentorpath, you agree with the coordinator, and with the parent if your mentee is a child, what contact there may be afterwards:

- **No contact.** The relationship is over. This is often right with younger children.
- **Contact through the platform.** Your mentee can write to you in Mentorpath, for example the high-school student who later wants help finding a job. You can always close the contact.
- **Direct contact.** You may be in touch outside the platform. This usually only makes sense between adults, such as colleagues.

Be honest if you do not want contact afterwards. That is better than agreeing to it and then not replying.

## If contact continues against the agreement

If a former mentee writes to you privately even though you agreed otherwise, do not reply privately and do not start new contact. Tell the coordinator, and agree who will reply and how. If there are signs that your former mentee is struggling, report a concern, and call 112 in immediate danger. If you bump into each other in the supermarket, say hello in a friendly way. That is perfectly natural.`,
      },
    },
    {
      kind: 'quiz',
      id: 'relationship-endings-quiz',
      title: {
        da: 'Quiz: En god afslutning',
        en: 'Quiz: Ending well',
      },
      minutes: 9,
      passMark: 0.8,
      maxAttempts: null,
      questions: [
        {
          id: 'q1',
          prompt: {
            da: 'Hvornår er det bedst at begynde at tale med din mentee om, at forløbet slutter?',
            en: 'When is it best to start talking to your mentee about the relationship ending?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Ved det sidste møde, så det ikke fylder i resten af forløbet.',
                en: 'At the last meeting, so it does not weigh on the rest of the relationship.',
              },
              correct: false,
              explanation: {
                da: 'Så kommer afslutningen som en overraskelse, og din mentee når ikke at forberede sig eller sige ordentligt farvel.',
                en: 'Then the ending comes as a surprise, and your mentee has no time to prepare or say a proper goodbye.',
              },
            },
            {
              text: {
                da: 'Allerede i starten og igen, når der er en måned eller to tilbage.',
                en: 'At the very start, and again when there are one or two months left.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Når afslutningen er kendt og forberedt, kan din mentee nå at forholde sig til den.',
                en: 'Correct. When the ending is known and prepared for, your mentee has time to come to terms with it.',
              },
            },
            {
              text: {
                da: 'Slet ikke. Det er bedre at lade forløbet løbe ud af sig selv, så ingen bliver kede af det.',
                en: 'Not at all. It is better to let the relationship fade out so that nobody gets upset.',
              },
              correct: false,
              explanation: {
                da: 'Et forløb, der bare løber ud, opleves tit som at blive svigtet. Det er okay, at I bliver lidt kede af det.',
                en: 'A relationship that just fades out often feels like being let down. It is okay for you both to be a little sad.',
              },
            },
          ],
        },
        {
          id: 'q2',
          prompt: {
            da: 'Du har fået nyt job i en anden by og flytter om tre uger. Hvad gør du først?',
            en: 'You have got a new job in another city and are moving in three weeks. What do you do first?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Fortæller det til din mentee ved næste møde, så hun hører det fra dig.',
                en: 'Tell your mentee at the next meeting, so she hears it from you.',
              },
              correct: false,
              explanation: {
                da: 'Det er godt, at hun hører det fra dig, men tal med koordinatoren først, så I kan planlægge, hvordan og hvornår det siges – og hvordan familien får det at vide.',
                en: 'It is good that she hears it from you, but talk to the coordinator first, so you can plan how and when to say it, and how the family is told.',
              },
            },
            {
              text: {
                da: 'Kontakter koordinatoren og planlægger sammen, hvordan din mentee får det at vide, og hvornår det sidste møde skal være.',
                en: 'Contact the coordinator and plan together how your mentee will be told and when the last meeting will be.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Med en plan kan din mentee få en ordentlig afslutning og måske en ny mentor.',
                en: 'Correct. With a plan, your mentee can have a proper ending and perhaps a new mentor.',
              },
            },
            {
              text: {
                da: 'Sender en besked gennem platformen, når du er flyttet.',
                en: 'Send a message through the platform once you have moved.',
              },
              correct: false,
              explanation: {
                da: 'Så får din mentee ingen mulighed for at sige farvel. Et afsluttende møde er vigtigt, når det overhovedet kan lade sig gøre.',
                en: 'Then your mentee has no chance to say goodbye. A final meeting matters whenever it is at all possible.',
              },
            },
          ],
        },
        {
          id: 'q3',
          prompt: {
            da: 'Hvad passer godt til det sidste møde? Vælg alle, der passer.',
            en: 'What fits well in the last meeting? Choose all that apply.',
          },
          multiple: true,
          options: [
            {
              text: {
                da: 'At kigge tilbage og sige konkret, hvad du har set din mentee udvikle.',
                en: 'Looking back and saying concretely how you have seen your mentee grow.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Konkret anerkendelse er noget, din mentee kan tage med sig.',
                en: 'Correct. Concrete recognition is something your mentee can take with them.',
              },
            },
            {
              text: {
                da: 'At tale om, hvad din mentee vil nå fremover, og hvem der kan hjælpe.',
                en: 'Talking about what your mentee wants to achieve next and who can help.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Så slutter forløbet med en retning, ikke et tomrum.',
                en: 'Correct. The relationship then ends with a direction rather than a gap.',
              },
            },
            {
              text: {
                da: 'En ny mobiltelefon som afskedsgave, så I kan holde kontakten.',
                en: 'A new mobile phone as a farewell gift, so you can keep in touch.',
              },
              correct: false,
              explanation: {
                da: 'Dyre gaver hører ikke hjemme i forløbet, og kontakten bagefter følger den aftale, I har lavet. Et kort eller et brev er rigeligt.',
                en: 'Expensive gifts do not belong in the relationship, and contact afterwards follows the agreement you have made. A card or a letter is plenty.',
              },
            },
            {
              text: {
                da: 'At love, at du kommer forbi og besøger familien, selv om I har aftalt ingen kontakt.',
                en: 'Promising to drop by and visit the family, even though you have agreed on no contact.',
              },
              correct: false,
              explanation: {
                da: 'Et løfte, der går imod aftalen, kan du ikke holde. Det skaber falske forventninger og et nyt svigt.',
                en: 'A promise that goes against the agreement is one you cannot keep. It creates false hopes and a new disappointment.',
              },
            },
          ],
        },
        {
          id: 'q4',
          prompt: {
            da: 'Du og gymnasieeleven Emil aftalte "kontakt gennem platformen", da jeres forløb sluttede. Et halvt år efter skriver han til dig på LinkedIn og beder om hjælp til sit CV. Hvad gør du?',
            en: 'When your relationship with Emil, a high-school student, ended, you agreed on "contact through the platform". Six months later he writes to you on LinkedIn asking for help with his CV. What do you do?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Svarer ham på LinkedIn. Det er et professionelt netværk, og han er snart voksen.',
                en: 'Reply on LinkedIn. It is a professional network, and he is nearly an adult.',
              },
              correct: false,
              explanation: {
                da: 'Aftalen var kontakt gennem platformen. Den gælder, også selv om kanalen er professionel.',
                en: 'The agreement was contact through the platform. It applies even if the channel is a professional one.',
              },
            },
            {
              text: {
                da: 'Skriver venligt til ham i Mentorpath og foreslår, at I tager det derfra.',
                en: 'Write to him kindly in Mentorpath and suggest you continue from there.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Du hjælper ham gerne – inden for den aftale, I har lavet.',
                en: 'Correct. You are glad to help him, within the agreement you made.',
              },
            },
            {
              text: {
                da: 'Ignorerer beskeden. Forløbet er jo slut.',
                en: 'Ignore the message. The relationship is over, after all.',
              },
              correct: false,
              explanation: {
                da: 'I har netop aftalt, at han må kontakte dig for hjælp. Ignorerer du ham, føles det som et svigt.',
                en: 'You agreed that he may contact you for help. Ignoring him would feel like being let down.',
              },
            },
          ],
        },
        {
          id: 'q5',
          prompt: {
            da: 'I aftalte "ingen kontakt". To måneder efter skriver din tidligere mentee på 12 til dig på Snapchat: "Jeg savner dig. Kan vi ikke ses?" Hvad gør du?',
            en: 'You agreed on "no contact". Two months later your former 12-year-old mentee messages you on Snapchat: "I miss you. Can\'t we meet?" What do you do?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Mødes med hende én gang mere for at sige ordentligt farvel.',
                en: 'Meet her one more time to say a proper goodbye.',
              },
              correct: false,
              explanation: {
                da: 'Et privat møde uden for programmet er imod aftalen og uden for de rammer, der beskytter jer begge.',
                en: 'A private meeting outside the program goes against the agreement and outside the arrangements that protect you both.',
              },
            },
            {
              text: {
                da: 'Svarer ikke privat, men fortæller koordinatoren det, så I kan aftale, hvem der svarer hende venligt – og om der er grund til bekymring.',
                en: 'Do not reply privately, but tell the coordinator, so you can agree who will give her a kind reply, and whether there is any cause for concern.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Hun får et svar, aftalen bliver holdt, og koordinatoren kan vurdere, om hun har brug for støtte.',
                en: 'Correct. She gets an answer, the agreement is kept, and the coordinator can judge whether she needs support.',
              },
            },
            {
              text: {
                da: 'Blokerer hende uden at sige det til nogen.',
                en: 'Block her without telling anyone.',
              },
              correct: false,
              explanation: {
                da: 'Så står hun alene med sit savn og får intet svar. Beskeden kan også være et tegn på, at hun har det svært.',
                en: 'Then she is left alone with missing you and gets no answer. The message may also be a sign that she is struggling.',
              },
            },
            {
              text: {
                da: 'Skriver kort tilbage på Snapchat, at I ikke må ses, men at hun altid kan skrive.',
                en: 'Reply briefly on Snapchat that you cannot meet, but that she can always write.',
              },
              correct: false,
              explanation: {
                da: 'Så åbner du netop den private kontakt, I aftalte ikke at have. Lad koordinatoren hjælpe med svaret.',
                en: 'That opens exactly the private contact you agreed not to have. Let the coordinator help with the reply.',
              },
            },
          ],
        },
        {
          id: 'q6',
          prompt: {
            da: 'Hvem aftaler reglen for kontakt efter forløbet, når din mentee er 10 år?',
            en: 'Who agrees the rule for contact after the relationship when your mentee is 10 years old?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Du bestemmer det selv, fordi du kender barnet bedst.',
                en: 'You decide yourself, because you know the child best.',
              },
              correct: false,
              explanation: {
                da: 'Du er en vigtig del af aftalen, men du bestemmer den ikke alene.',
                en: 'You are an important part of the agreement, but you do not decide it alone.',
              },
            },
            {
              text: {
                da: 'Du og barnet sammen med koordinatoren og barnets forælder eller værge.',
                en: "You and the child, together with the coordinator and the child's parent or guardian.",
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Når din mentee er et barn, er forælderen eller værgen med til at beslutte, og koordinatoren registrerer aftalen ved afslutningen.',
                en: 'Correct. When your mentee is a child, the parent or guardian takes part in the decision, and the coordinator records the agreement at closure.',
              },
            },
            {
              text: {
                da: 'Barnet selv, for det er barnets forløb.',
                en: "The child alone, because it is the child's relationship.",
              },
              correct: false,
              explanation: {
                da: 'Barnets ønske skal høres, men et barn på 10 beslutter ikke det her alene. Forælderen eller værgen skal være med.',
                en: "The child's wishes should be heard, but a 10-year-old does not decide this alone. The parent or guardian must be involved.",
              },
            },
          ],
        },
      ],
    },
  ],
};
