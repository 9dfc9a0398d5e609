import type { CurriculumModule } from './types';

/** Child safeguarding for school-support and leisure programs (children 6–17). */
export const safeguardingChildren: CurriculumModule = {
  id: 'safeguarding-children',
  title: {
    da: 'Børns sikkerhed og trivsel',
    en: 'Keeping children safe',
  },
  summary: {
    da: 'Du kan genkende tegn på, at et barn ikke har det godt, du ved, hvad du gør, når et barn fortæller dig noget, og hvordan en bekymring når frem til kommunen.',
    en: 'You can recognise signs that a child is not safe, you know what to do when a child tells you something, and how a concern reaches the municipality.',
  },
  items: [
    {
      kind: 'lesson',
      id: 'safeguarding-children-signs',
      title: {
        da: 'Tegn på omsorgssvigt og overgreb',
        en: 'Signs of neglect and abuse',
      },
      minutes: 4,
      body: {
        da: `## Hvorfor du skal kende tegnene

Som mentor bliver du en af de voksne, et barn lærer at stole på. Det er netop dét, der gør en mentorordning værdifuld. Langt de fleste børn, du møder, har det grundlæggende godt. Men nogle børn lever med omsorgssvigt, vold eller overgreb, og tit er det en voksen uden for familien, der først mærker, at noget er galt.

Din opgave er ikke at efterforske eller at stille diagnoser. Din opgave er at være opmærksom, at tage det alvorligt, når noget bekymrer dig, og at give det videre til de rigtige – hurtigt.

## Hvad taler vi om?

- **Fysisk omsorgssvigt:** Barnet mangler mad, søvn, rent tøj, tøj efter vejret eller lægehjælp.
- **Psykisk omsorgssvigt:** Barnet bliver jævnligt truet, ydmyget eller overset, eller lever tæt på vold, misbrug eller voldsomme konflikter derhjemme.
- **Fysisk vold:** Også et "opdragende" slag eller skub. Det er forbudt i Danmark.
- **Seksuelle overgreb:** Enhver seksuel handling med et barn – også på nettet.

## Tegn, du skal lægge mærke til

Ét tegn beviser ingenting. Men tegnene skal få dig til at lytte efter, især hvis de gentager sig, eller hvis flere viser sig på én gang.

**Fysiske tegn**
- Blå mærker eller skader, hvor børn sjældent slår sig: kinder, ører, hals, overarme, mave og ryg.
- Forklaringer på en skade, der ikke hænger sammen eller skifter fra gang til gang.
- Barnet er tit sultent eller udmattet, fryser i for tyndt tøj eller går rundt med en skade, ingen har set på.

**Følelsesmæssige tegn**
- Barnet virker bange, trist eller "slukket" – eller er pludselig meget vredt.
- Barnet taler grimt om sig selv: "Jeg er dum", "Det er min skyld".
- Barnet virker nervøst for at tage hjem eller for en bestemt voksen.

**Tegn i adfærden**
- En tydelig forandring: Barnet trækker sig fra vennerne, stopper til fodbold eller har meget fravær.
- Seksualiseret sprog eller adfærd, der ikke passer til alderen.
- Hemmeligheder om en voksen eller en ældre "ven", eller nye gaver og penge, barnet ikke vil forklare.

## Hvad er ikke et tegn i sig selv?

Det er lige så vigtigt at kende forskel den anden vej. Disse ting er helt almindelige og giver ikke alene grund til bekymring:

- Skrammer på knæ, albuer og skinneben efter leg og sport.
- Et barn, der er genert, stille eller længe om at åbne sig.
- En familie med få penge, en lille lejlighed eller andre vaner og traditioner end dine egne.
- En enkelt dårlig dag, et surt humør eller et skænderi med en søskende.

Er du i tvivl, så skriv ned, hvad du har set og hørt, og tal med programmets trivselsansvarlige. Det er deres opgave at vurdere det – ikke din.

## Børneattesten – og hvorfor du har givet samtykke til den

Når du som frivillig får fast, direkte kontakt med børn under 15 år, skal programmet efter loven indhente en børneattest. Den viser, om en person er dømt for bestemte forbrydelser mod børn, især seksuelle overgreb. Du får besked i din digitale post og giver samtykke med MitID inden for 14 dage.

Attesten er ét lag af beskyttelse, men en attest uden anmærkninger er ingen garanti. Derfor har programmet også faste regler, som beskytter både barnet og dig: I mødes, hvor andre kan se jer, I skriver sammen via platformen, og der findes ingen hemmeligheder mellem dig og barnet. Attesten bliver fornyet med jævne mellemrum og efter en længere pause.`,
        en: `## Why you need to know the signs

As a mentor you become one of the adults a child learns to trust. That is exactly what makes mentoring valuable. Most of the children you meet are doing fine. But some live with neglect, violence or abuse, and often it is an adult outside the family who first senses that something is wrong.

Your job is not to investigate or to diagnose. Your job is to notice, to take your concern seriously, and to pass it on to the right people – quickly.

## What we are talking about

- **Physical neglect:** the child goes without enough food, sleep, clean clothes, clothes for the weather, or medical care.
- **Emotional neglect:** the child is regularly threatened, humiliated or ignored, or lives close to violence, substance abuse or severe conflict at home.
- **Physical abuse:** including a "disciplinary" smack or shove. Any physical punishment of children is illegal in Denmark.
- **Sexual abuse:** any sexual act with a child – online as well.

## Signs to notice

No single sign proves anything. But signs should make you pay closer attention, especially when they come back or when several appear together.

**Physical signs**
- Bruises or injuries where children rarely hurt themselves: cheeks, ears, neck, upper arms, stomach and back.
- Explanations for an injury that don't add up or change from one telling to the next.
- The child is often hungry or exhausted, is cold in clothes that are too thin, or has an injury nobody has looked at.

**Emotional signs**
- The child seems frightened, sad or "switched off" – or is suddenly very angry.
- The child speaks harshly about themselves: "I'm stupid", "It's my fault".
- The child seems anxious about going home or about one particular adult.

**Behavioural signs**
- A clear change: the child withdraws from friends, quits football or misses a lot of school.
- Sexualised language or behaviour that doesn't fit the child's age.
- Secrets about an adult or an older "friend", or new gifts and money the child won't explain.

## What is not a sign on its own

Knowing the difference the other way matters just as much. These things are ordinary and are not, by themselves, a reason for concern:

- Scrapes on knees, elbows and shins after play and sport.
- A child who is shy, quiet or slow to open up.
- A family with little money, a small flat, or habits and traditions different from yours.
- One bad day, a grumpy mood or a row with a brother or sister.

If you are unsure, write down what you saw and heard and talk to the program's safeguarding lead. Assessing it is their job, not yours.

## The child certificate – and why you consented to it

When you as a volunteer have regular, direct contact with children under 15, Danish law requires the program to obtain a child certificate (*børneattest*). It shows whether a person has been convicted of certain crimes against children, above all sexual offences. You receive the request in your digital mail and consent with MitID within 14 days.

The certificate is one layer of protection, but a certificate without remarks is no guarantee. That is why the program also has fixed rules that protect the child and you: you meet where others can see you, you write to each other through the platform, and there are no secrets between you and the child. The certificate is renewed at regular intervals and after a longer break.`,
      },
    },
    {
      kind: 'lesson',
      id: 'safeguarding-children-responding',
      title: {
        da: 'Når et barn fortæller dig noget',
        en: 'When a child tells you something',
      },
      minutes: 5,
      body: {
        da: `## Børn fortæller sjældent det hele på én gang

Et barn, der bliver udsat for noget, tester tit først, om den voksne kan tåle at høre det. Det kommer i brudstykker, i en bisætning på vej hjem fra biblioteket eller som et spørgsmål om "en ven". Det vigtigste, du kan gøre, er at bevare roen og lytte.

## Sådan gør du

- **Lyt, og lad barnet fortælle i sit eget tempo.** Vis med din stemme og dit kropssprog, at du godt kan høre på det.
- **Sig, at det var rigtigt at fortælle det.** For eksempel: "Godt, du siger det til mig. Det er ikke din skyld."
- **Lov ikke at holde det hemmeligt.** Vær ærlig: "Det her er så vigtigt, at jeg bliver nødt til at fortælle det til en voksen, som kan hjælpe. Jeg siger til dig, hvad der skal ske."
- **Lad være med at efterforske.** Stil ikke ledende spørgsmål som "Var det din far?", bed ikke barnet om at vise skader, og konfronter aldrig forældrene eller den, barnet fortæller om. Et åbent "Vil du fortælle mere?" er nok.
- **Skriv det ned med barnets egne ord**, så snart du kan: hvad barnet sagde, hvornår og hvor, og hvad du selv svarede. Skriv det, du hørte og så – ikke din tolkning.
- **Kontakt programmets trivselsansvarlige samme dag**, via bekymringsfunktionen på platformen eller pr. telefon. Vent ikke til næste møde.

## Underretning: sådan fungerer det i Danmark

Alle, der får kendskab til, at et barn udsættes for vold, overgreb eller omsorgssvigt, eller lever under forhold, der bringer barnets sundhed eller udvikling i fare, har pligt til at give kommunen besked. Det kaldes en **underretning**. Du behøver ikke være sikker – en begrundet bekymring er nok. Det er kommunen, der undersøger sagen.

I vores programmer står du ikke alene med det. Du giver dine notater til den trivselsansvarlige, som hjælper dig med at sende underretningen til barnets kommune eller sender den selv. Din egen pligt forsvinder dog ikke: Kan du ikke få fat i den trivselsansvarlige, og det haster, underretter du selv kommunen, fx via kommunens hjemmeside. Uden for kommunens åbningstid kan du ringe til politiet på 114.

**Er barnet i akut fare** – fx lige nu udsat for vold, eller bange for at tage hjem i aften – så ring **112** med det samme. Bliv hos barnet et trygt sted, og kontakt derefter den trivselsansvarlige og koordinatoren.

Det, barnet fortæller dig, er fortroligt. Tal kun med dem, der skal handle på det – ikke med andre frivillige, din familie eller på sociale medier. Men fortroligheden går aldrig forud for barnets sikkerhed.

## Sikkerhed på nettet

Meget af børns liv foregår på mobilen, og det gør en del af risikoen også.

- **Skriv kun sammen via platformen.** I programmer med børn kan koordinatoren se beskederne. Det beskytter barnet – og dig.
- **Bliv ikke venner på sociale medier**, og giv ikke dit private nummer, medmindre programmet har aftalt det med forældrene.
- **Tag og del ikke billeder af barnet** uden forældrenes samtykke. Billeder af børn er personoplysninger, og GDPR gælder også for frivillige.
- **Snak med barnet om livet på nettet** uden at dømme: Hvem skriver du med? Hvad gør du, hvis nogen beder om billeder?
- **Vær opmærksom på grooming:** en ældre "ven", der giver gaver, kræver hemmeligheder eller vil flytte samtalen over i lukkede apps.
- **Viser et barn dig et nøgenbillede** af sig selv eller en anden under 18, må du hverken gemme, videresende eller tage skærmbillede af det. Skriv ned, hvad du så, og kontakt den trivselsansvarlige samme dag.

Børn kan selv ringe eller skrive anonymt til BørneTelefonen på 116 111. Det er godt at fortælle dem det.`,
        en: `## Children rarely tell everything at once

A child who is being harmed often first tests whether an adult can bear to hear it. It comes out in pieces, in a passing remark on the way home from the library, or as a question about "a friend". The most important thing you can do is stay calm and listen.

## What to do

- **Listen, and let the child talk at their own pace.** Show with your voice and body language that you can hear this.
- **Tell the child they were right to tell you.** For example: "I'm glad you told me. It's not your fault."
- **Don't promise to keep it secret.** Be honest: "This is so important that I have to tell an adult who can help. I'll tell you what happens next."
- **Don't investigate.** Don't ask leading questions such as "Was it your dad?", don't ask the child to show you injuries, and never confront the parents or the person the child is talking about. An open "Do you want to tell me more?" is enough.
- **Write it down in the child's own words** as soon as you can: what the child said, when and where, and what you said back. Write what you heard and saw – not your interpretation.
- **Contact the program's safeguarding lead the same day**, through the concern function on the platform or by phone. Don't wait for your next meeting.

## Reporting a concern in Denmark

Anyone who learns that a child is exposed to violence, abuse or neglect, or lives in conditions that put the child's health or development at risk, has a duty to tell the municipality (*kommune*). This is called an *underretning*, a notification. You don't need to be certain – a reasonable concern is enough. The municipality investigates; you don't.

In our programs you don't carry this alone. You give your notes to the safeguarding lead, who helps you send the notification to the child's municipality or sends it themselves. Your own duty does not disappear, though: if you can't reach the safeguarding lead and it is urgent, notify the municipality yourself, for example through its website. Outside the municipality's opening hours you can call the police on 114.

**If the child is in immediate danger** – for example being hurt right now, or afraid to go home tonight – call **112** straight away. Stay with the child somewhere safe, then contact the safeguarding lead and the coordinator.

What a child tells you is confidential. Talk only to the people who need to act on it – not to other volunteers, your family or on social media. But confidentiality never comes before the child's safety.

## Staying safe online

Much of children's lives happens on their phones, and so does part of the risk.

- **Only message each other through the platform.** In programs with children the coordinator can see the messages. That protects the child – and you.
- **Don't connect on social media**, and don't give out your private number unless the program has agreed it with the parents.
- **Don't take or share photos of the child** without the parents' consent. Photos of children are personal data, and GDPR applies to volunteers too.
- **Talk with the child about life online** without judging: Who do you chat with? What would you do if someone asked you for pictures?
- **Watch for grooming:** an older "friend" who gives gifts, demands secrecy or wants to move the chat to closed apps.
- **If a child shows you a nude image** of themselves or anyone else under 18, don't save it, forward it or screenshot it. Write down what you saw and contact the safeguarding lead the same day.

Children can call or write anonymously to BørneTelefonen, the Danish children's helpline, on 116 111. It is worth telling them.`,
      },
    },
    {
      kind: 'quiz',
      id: 'safeguarding-children-quiz',
      title: {
        da: 'Quiz: Hvad gør du?',
        en: 'Quiz: What do you do?',
      },
      minutes: 12,
      passMark: 0.8,
      maxAttempts: null,
      questions: [
        {
          id: 'safeguarding-children-quiz-secret',
          prompt: {
            da: 'På vej hjem fra lektiecaféen siger Ida på 9 år: "Hvis jeg fortæller dig noget, lover du så ikke at sige det til nogen?" Hvad svarer du?',
            en: 'On the way home from the homework café, nine-year-old Ida says: "If I tell you something, will you promise not to tell anyone?" What do you say?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: '"Ja, det lover jeg. Du kan altid stole på mig."',
                en: '"Yes, I promise. You can always trust me."',
              },
              correct: false,
              explanation: {
                da: 'Det er et løfte, du måske ikke kan holde. Hvis Ida fortæller om noget farligt, skal du give det videre, og så oplever hun, at du brød dit ord.',
                en: 'That is a promise you may not be able to keep. If Ida tells you about something dangerous you must pass it on, and then she experiences you breaking your word.',
              },
            },
            {
              text: {
                da: '"Jeg vil gerne høre det. Hvis det handler om, at du ikke er tryg, bliver jeg nødt til at sige det til en voksen, der kan hjælpe – og så fortæller jeg dig først, hvad der skal ske."',
                en: "\"I'd like to hear it. If it's about you not being safe, I'll have to tell an adult who can help – and I'll tell you first what happens next.\"",
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Du er ærlig om, hvad du kan og ikke kan, og du holder døren åben, så Ida stadig kan vælge at fortælle.',
                en: "Right. You are honest about what you can and can't do, and you keep the door open so Ida can still choose to tell you.",
              },
            },
            {
              text: {
                da: '"Så vil jeg hellere ikke høre det. Tal med din lærer i stedet."',
                en: '"Then I\'d rather not hear it. Talk to your teacher instead."',
              },
              correct: false,
              explanation: {
                da: 'Ida har valgt dig. Sender du hende videre, lærer hun måske, at voksne ikke vil lytte, og så fortæller hun det ikke til nogen.',
                en: "Ida chose you. If you send her away she may learn that adults don't want to listen, and then she may tell no one.",
              },
            },
            {
              text: {
                da: '"Fortæl mig det først, så beslutter jeg bagefter, om det skal blive mellem os."',
                en: '"Tell me first, and then I\'ll decide whether it stays between us."',
              },
              correct: false,
              explanation: {
                da: 'Det lyder fair, men Ida ved ikke, hvad hun siger ja til. Fortæl hende på forhånd, at du ikke kan holde på noget, der handler om hendes sikkerhed.',
                en: "It sounds fair, but Ida doesn't know what she is agreeing to. Tell her beforehand that you can't keep anything that concerns her safety to yourself.",
              },
            },
          ],
        },
        {
          id: 'safeguarding-children-quiz-disclosure',
          prompt: {
            da: 'Omar på 12 fortæller, at hans stedfar slår ham, når han har drukket. Hvad gør du? Vælg alle rigtige svar.',
            en: "Omar, 12, tells you that his stepfather hits him when he's been drinking. What do you do? Choose all correct answers.",
          },
          multiple: true,
          options: [
            {
              text: {
                da: 'Lytter roligt og siger, at det var godt, han fortalte det, og at det ikke er hans skyld.',
                en: "Listen calmly and tell him he did the right thing by telling you, and that it isn't his fault.",
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Din reaktion afgør, om Omar tør fortælle mere – til dig eller til andre.',
                en: 'Right. How you react decides whether Omar dares to say more – to you or to others.',
              },
            },
            {
              text: {
                da: 'Beder ham vise dig mærkerne, så du kan tage billeder som bevis.',
                en: 'Ask him to show you the marks so you can take photos as evidence.',
              },
              correct: false,
              explanation: {
                da: 'Det er efterforskning, og det er ikke din opgave. Det kan også gøre en senere undersøgelse hos kommunen eller politiet sværere.',
                en: 'That is investigating, which is not your job. It can also make a later inquiry by the municipality or the police harder.',
              },
            },
            {
              text: {
                da: 'Skriver ned, hvad Omar sagde, med hans egne ord, og kontakter den trivselsansvarlige samme dag.',
                en: 'Write down what Omar said in his own words and contact the safeguarding lead the same day.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Præcise notater og en hurtig besked gør det muligt at sende en god underretning til kommunen.',
                en: 'Right. Accurate notes and a quick report make it possible to send a clear notification to the municipality.',
              },
            },
            {
              text: {
                da: 'Ringer til stedfaren for at høre hans version, så du ikke anklager nogen uretfærdigt.',
                en: "Call the stepfather to hear his side, so you don't accuse anyone unfairly.",
              },
              correct: false,
              explanation: {
                da: 'Konfronter aldrig den, barnet fortæller om. Det kan bringe Omar i fare, og det er kommunen, der skal undersøge sagen.',
                en: 'Never confront the person the child is talking about. It can put Omar in danger, and it is for the municipality to investigate.',
              },
            },
          ],
        },
        {
          id: 'safeguarding-children-quiz-not-a-sign',
          prompt: {
            da: 'Hvilket af disse er i sig selv IKKE et tegn på omsorgssvigt eller vold?',
            en: 'Which of these is NOT, on its own, a sign of neglect or abuse?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Skrammer på knæ og skinneben efter fodboldtræning.',
                en: 'Scrapes on knees and shins after football practice.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Knæ, albuer og skinneben er typiske steder for helt almindelige skader fra leg og sport.',
                en: 'Right. Knees, elbows and shins are where children get perfectly ordinary injuries from play and sport.',
              },
            },
            {
              text: {
                da: 'Blå mærker på kinden og øret, med en forklaring der ændrer sig.',
                en: 'Bruises on the cheek and ear, with an explanation that keeps changing.',
              },
              correct: false,
              explanation: {
                da: 'Kinder og ører er steder, børn sjældent slår sig, og en skiftende forklaring er et tegn, du skal tage alvorligt.',
                en: 'Cheeks and ears are places children rarely hurt themselves, and a changing explanation is a sign to take seriously.',
              },
            },
            {
              text: {
                da: 'Barnet er ofte sultent og har tynd jakke på i januar.',
                en: 'The child is often hungry and wears a thin jacket in January.',
              },
              correct: false,
              explanation: {
                da: 'Når det gentager sig, kan det være tegn på fysisk omsorgssvigt. Skriv det ned og tal med den trivselsansvarlige.',
                en: 'When it keeps happening it can point to physical neglect. Write it down and talk to the safeguarding lead.',
              },
            },
            {
              text: {
                da: 'Barnet siger, at det ikke tør tage hjem.',
                en: "The child says they don't dare go home.",
              },
              correct: false,
              explanation: {
                da: 'Frygt for at tage hjem er et alvorligt tegn. Lyt, og kontakt den trivselsansvarlige – ved akut fare ringer du 112.',
                en: 'Fear of going home is a serious sign. Listen and contact the safeguarding lead – if there is immediate danger, call 112.',
              },
            },
          ],
        },
        {
          id: 'safeguarding-children-quiz-acute',
          prompt: {
            da: 'Det er fredag kl. 16.30. Efter jeres møde siger Sara på 11, at hun ikke tør gå hjem, fordi hendes mors kæreste har sagt, at han vil "give hende en lærestreg", når han kommer hjem i aften. Hvad gør du?',
            en: 'It is Friday, 4.30 pm. After your meeting, 11-year-old Sara says she doesn\'t dare go home because her mum\'s boyfriend said he would "teach her a lesson" when he gets home tonight. What do you do?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Bliver hos Sara et trygt sted og ringer 112. Bagefter kontakter du den trivselsansvarlige og koordinatoren.',
                en: 'Stay with Sara somewhere safe and call 112. Afterwards, contact the safeguarding lead and the coordinator.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Der er en konkret trussel om vold i aften. Det er akut fare, og politiet kan handle med det samme.',
                en: 'Right. There is a specific threat of violence tonight. That is immediate danger, and the police can act at once.',
              },
            },
            {
              text: {
                da: 'Sender en besked til den trivselsansvarlige og tager det op på mandag.',
                en: 'Send a message to the safeguarding lead and follow up on Monday.',
              },
              correct: false,
              explanation: {
                da: 'Truslen gælder i aften. En besked, der måske først bliver læst på mandag, beskytter ikke Sara.',
                en: 'The threat is for tonight. A message that might only be read on Monday does not protect Sara.',
              },
            },
            {
              text: {
                da: 'Tager Sara med hjem til dig selv, så hun kan sove trygt.',
                en: 'Take Sara home with you so she can sleep safely.',
              },
              correct: false,
              explanation: {
                da: 'Det er en forståelig tanke, men du må ikke selv tage et barn med hjem. Ring 112, så myndighederne kan finde et trygt sted.',
                en: 'An understandable instinct, but you must not take a child home yourself. Call 112 so the authorities can find a safe place.',
              },
            },
            {
              text: {
                da: 'Følger Sara hjem og taler med hendes mor om situationen.',
                en: 'Walk Sara home and talk to her mum about the situation.',
              },
              correct: false,
              explanation: {
                da: 'Du kan ikke vide, hvordan det bliver modtaget, og det kan gøre det farligere for Sara. Lad politiet og kommunen håndtere det.',
                en: "You can't know how it will be received, and it may make things more dangerous for Sara. Leave it to the police and the municipality.",
              },
            },
          ],
        },
        {
          id: 'safeguarding-children-quiz-underretning',
          prompt: {
            da: 'Du er bekymret for et barn, men ved ikke, om det, du har set, er "alvorligt nok". Hvad er rigtigt om underretning i Danmark?',
            en: 'You are worried about a child but don\'t know whether what you\'ve seen is "serious enough". What is true about notifying the municipality (underretning) in Denmark?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Du skal have beviser, før du må underrette.',
                en: 'You need evidence before you may notify.',
              },
              correct: false,
              explanation: {
                da: 'Nej. Det er kommunen, der undersøger. Du skal bare beskrive, hvad du har set og hørt.',
                en: 'No. The municipality investigates. You only describe what you saw and heard.',
              },
            },
            {
              text: {
                da: 'En begrundet bekymring er nok – kommunen vurderer og undersøger, og programmets trivselsansvarlige hjælper dig.',
                en: "A reasonable concern is enough – the municipality assesses and investigates, and the program's safeguarding lead helps you.",
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Underretningspligten gælder alle, og du behøver ikke være sikker for at give kommunen besked.',
                en: "Right. The duty to notify applies to everyone, and you don't need to be certain to tell the municipality.",
              },
            },
            {
              text: {
                da: 'Kun fagfolk som lærere og pædagoger har pligt til at underrette, ikke frivillige.',
                en: 'Only professionals such as teachers and educators have a duty to notify, not volunteers.',
              },
              correct: false,
              explanation: {
                da: 'Fagfolk har en skærpet pligt, men alle borgere – også frivillige – har pligt til at underrette, når et barn er i fare.',
                en: 'Professionals have a stricter duty, but every citizen – volunteers included – must notify when a child is at risk.',
              },
            },
            {
              text: {
                da: 'Du skal altid tale med forældrene, før du underretter.',
                en: 'You must always talk to the parents before notifying.',
              },
              correct: false,
              explanation: {
                da: 'Nej. Det kan bringe barnet i fare, hvis det er forældrene, bekymringen handler om. Lad den trivselsansvarlige og kommunen vurdere det.',
                en: 'No. That can put the child at risk if the concern is about the parents. Leave it to the safeguarding lead and the municipality.',
              },
            },
          ],
        },
        {
          id: 'safeguarding-children-quiz-social-media',
          prompt: {
            da: 'Din mentee på 13 sender dig en venneanmodning på Instagram og spørger efter din Snap. Hvad gør du?',
            en: 'Your 13-year-old mentee sends you a friend request on Instagram and asks for your Snapchat. What do you do?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Siger venligt nej, forklarer, at I skriver sammen via platformen, og fortæller koordinatoren om det.',
                en: 'Kindly say no, explain that you message each other through the platform, and let the coordinator know.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Barnet har ikke gjort noget forkert – det er dig, der holder rammen, og koordinatoren skal kende til det.',
                en: 'Right. The child has done nothing wrong – it is your job to hold the boundary, and the coordinator should know.',
              },
            },
            {
              text: {
                da: 'Siger ja – det styrker relationen, og du holder det pænt.',
                en: 'Accept – it strengthens the relationship, and you keep it clean.',
              },
              correct: false,
              explanation: {
                da: 'Private kanaler kan ingen andre se. Det fjerner den beskyttelse, som både barnet og du har på platformen.',
                en: 'Nobody else can see private channels. That removes the protection both the child and you have on the platform.',
              },
            },
            {
              text: {
                da: 'Siger ja, men kun på Snapchat, fordi beskederne forsvinder af sig selv.',
                en: 'Accept, but only on Snapchat, because the messages disappear by themselves.',
              },
              correct: false,
              explanation: {
                da: 'Beskeder, der forsvinder, gør det umuligt for nogen at se, hvad der er blevet skrevet. Det er præcis det, vi vil undgå.',
                en: 'Disappearing messages make it impossible for anyone to see what was written. That is exactly what we want to avoid.',
              },
            },
          ],
        },
        {
          id: 'safeguarding-children-quiz-image',
          prompt: {
            da: 'Din mentee på 14 viser dig på sin mobil et nøgenbillede af en klassekammerat, som bliver delt rundt på skolen. Hvad gør du?',
            en: 'Your 14-year-old mentee shows you a nude photo of a classmate on her phone that is being shared around school. What do you do?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Tager et skærmbillede som dokumentation og sender det til skolen.',
                en: 'Take a screenshot as evidence and send it to the school.',
              },
              correct: false,
              explanation: {
                da: 'Så gemmer og deler du selv et seksuelt billede af et barn, hvilket er ulovligt og skader klassekammeraten yderligere.',
                en: 'Then you are saving and sharing a sexual image of a child yourself, which is illegal and harms the classmate further.',
              },
            },
            {
              text: {
                da: 'Gemmer og videresender intet, skriver ned hvad du så og hørte, og kontakter den trivselsansvarlige samme dag.',
                en: 'Save and forward nothing, write down what you saw and heard, and contact the safeguarding lead the same day.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Klassekammeraten har brug for hjælp, og den trivselsansvarlige ved, hvem der skal inddrages – fx skolen, kommunen eller politiet.',
                en: 'Right. The classmate needs help, and the safeguarding lead knows who to involve – for example the school, the municipality or the police.',
              },
            },
            {
              text: {
                da: 'Beder hende slette billedet og lader det blive ved det.',
                en: 'Ask her to delete the picture and leave it at that.',
              },
              correct: false,
              explanation: {
                da: 'Det er godt, at hun sletter det, men billedet er stadig i omløb, og klassekammeraten har brug for, at en voksen handler.',
                en: 'It is good that she deletes it, but the image is still circulating and the classmate needs an adult to act.',
              },
            },
          ],
        },
        {
          id: 'safeguarding-children-quiz-certificate',
          prompt: {
            da: 'Hvorfor skal du have en børneattest for at være mentor for et barn under 15?',
            en: 'Why do you need a child certificate (børneattest) to mentor a child under 15?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Den viser, om du er dømt for bestemte forbrydelser mod børn. Den er ét lag af beskyttelse, ikke en garanti.',
                en: 'It shows whether you have been convicted of certain crimes against children. It is one layer of protection, not a guarantee.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Derfor gælder programmets sikkerhedsregler for alle, også når attesten er uden anmærkninger.',
                en: "Right. That is why the program's safety rules apply to everyone, even when the certificate has no remarks.",
              },
            },
            {
              text: {
                da: 'Den beviser, at du er sikker at være sammen med, så programmets regler om åbne mødesteder ikke gælder for dig.',
                en: "It proves you are safe to be around, so the program's rules about open meeting places don't apply to you.",
              },
              correct: false,
              explanation: {
                da: 'En attest siger kun noget om tidligere domme. Reglerne beskytter både barnet og dig og gælder altid.',
                en: 'A certificate only says something about past convictions. The rules protect both the child and you and always apply.',
              },
            },
            {
              text: {
                da: 'Den er en fuld straffeattest, der også viser fx færdselsbøder.',
                en: 'It is a full criminal record that also shows things like traffic fines.',
              },
              correct: false,
              explanation: {
                da: 'Nej. Børneattesten handler kun om bestemte forbrydelser mod børn, ikke om hele din straffeattest.',
                en: 'No. The child certificate only covers certain crimes against children, not your whole criminal record.',
              },
            },
          ],
        },
      ],
    },
  ],
};
