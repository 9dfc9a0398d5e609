import type { CurriculumModule } from './types';

/** Activity safety, emergencies and being a role model for leisure-companion programs. */
export const leisureSafety: CurriculumModule = {
  id: 'leisure-safety',
  title: {
    da: 'Sikre aktiviteter i fritiden',
    en: 'Safe leisure activities',
  },
  summary: {
    da: 'Du kan planlægge en aktivitet sammen med forælderen, holde barnet sikkert i trafikken, ved vandet og i al slags vejr, handle i en nødsituation og hjælpe barnet ind i et fællesskab.',
    en: 'You can plan an activity together with the parent, keep the child safe in traffic, near water and in any weather, act in an emergency, and help the child find a place in a community.',
  },
  items: [
    {
      kind: 'lesson',
      id: 'leisure-safety-planning',
      title: {
        da: 'Planlæg aktiviteten',
        en: 'Planning an activity',
      },
      minutes: 4,
      body: {
        da: `## Den gode aktivitet starter før I går ud ad døren

Som fritidsmentor er du sammen med barnet til fodbold, i skoven, på biblioteket eller i svømmehallen. Det er de gode oplevelser, der bygger relationen. Og de bliver bedst, når du har tænkt de praktiske ting igennem på forhånd.

## Aftal det med forælderen

Før hver aktivitet, der er ny eller anderledes end den plejer, aftaler du med forælderen eller værgen:

- **Hvad, hvor og hvornår** – og hvornår og hvor barnet bliver hentet eller afleveret.
- **Hvordan I kommer frem og tilbage.**
- **Helbred:** allergier, medicin og andet, du skal vide. Har barnet en adrenalinpen, skal forælderen vise dig, hvordan den bruges.
- **Hvordan du får fat i forælderen** under aktiviteten.

Skriv aftalen ind på platformen, så koordinatoren kan se den. Ændrer planen sig undervejs, så giv forælderen besked.

## Transport

Følg programmets regler for transport – de går forud for alle andre aftaler.

- **Til fods, på cykel og med bus eller tog** er som regel det enkleste.
- **På cykel** bruger I begge hjelm, og cyklerne har lys, når det er mørkt. Er barnet ikke vant til at cykle i trafik, så vælg en anden løsning.
- **I din egen bil** kører du kun, hvis programmet tillader det, og forælderen har sagt ja. Børn under 135 cm skal sidde i godkendt autostol eller på selepude.
- Lad aldrig barnet tage hjem alene, medmindre det er aftalt med forælderen.

## Vejr, vand og trafik

**Vejret:** Tjek vejrudsigten. Ved torden går I op af vandet og væk fra åbne marker. I varme tager I vand, solcreme og skygge med; i kulde ekstra tøj. Aflys hellere end at presse en tur igennem.

**Vand:** Bad kun, hvis det er aftalt med forælderen, og du ved, at barnet kan svømme – og kun i svømmehallen eller ved en badestrand med livredder. Hold dig tæt på, og hav hele tiden øjnene på barnet. Gå aldrig ud på isen på søer og kanaler.

**Trafik:** Gå foran med det gode eksempel. Vælg de sikre overgange, og hold godt fast i de yngste ved store veje.

## Penge på aktiviteter

Det bedste er gratis: skoven, legepladsen, stranden, biblioteket. Mange museer er gratis for børn under 18.

- Aftal på forhånd, hvem der betaler, hvis noget koster penge, så barnet ikke står i en pinlig situation.
- Følg programmets regler for udgifter, og gem kvitteringer, hvis du får pengene igen.
- Køb ikke dyre gaver, og lån aldrig penge til eller fra barnet eller familien.
- Spørger barnet om noget, der koster meget, så tal med koordinatoren. Der findes ofte andre veje.`,
        en: `## A good activity starts before you leave the house

As a leisure mentor you will be with the child at football, in the woods, at the library or at the swimming pool. These good experiences are what build the relationship. And they go best when you have thought through the practical things beforehand.

## Agree it with the parent

Before any activity that is new or different from usual, agree with the parent or guardian:

- **What, where and when** – and when and where the child will be picked up or dropped off.
- **How you will get there and back.**
- **Health:** allergies, medication and anything else you need to know. If the child carries an adrenaline pen, the parent should show you how to use it.
- **How to reach the parent** during the activity.

Record the arrangement on the platform so the coordinator can see it. If plans change along the way, let the parent know.

## Transport

Follow the program's transport rules – they come before any other arrangement.

- **Walking, cycling and taking the bus or train** are usually the simplest.
- **On a bike**, you both wear helmets and the bikes have lights when it is dark. If the child isn't used to cycling in traffic, choose another option.
- **In your own car**, you only drive if the program allows it and the parent has agreed. Children under 135 cm must use an approved car seat or booster cushion.
- Never let the child travel home alone unless the parent has agreed to it.

## Weather, water and traffic

**Weather:** check the forecast. In a thunderstorm you get out of the water and away from open fields. In heat, bring water, sun cream and find shade; in the cold, extra layers. Better to cancel than to push a trip through.

**Water:** only swim if it has been agreed with the parent and you know the child can swim – and only at a swimming pool or a beach with a lifeguard. Stay close and keep your eyes on the child the whole time. Never walk out on the ice on lakes and canals.

**Traffic:** set a good example. Choose the safe crossings, and keep a firm hold of the youngest children near busy roads.

## Money on activities

The best things are free: the woods, the playground, the beach, the library. Many Danish museums are free for under-18s.

- Agree beforehand who pays if something costs money, so the child is never put in an awkward spot.
- Follow the program's rules on expenses, and keep receipts if you are reimbursed.
- Don't buy expensive presents, and never lend money to or borrow money from the child or the family.
- If the child asks for something that costs a lot, talk to the coordinator. There are often other ways.`,
      },
    },
    {
      kind: 'lesson',
      id: 'leisure-safety-emergencies',
      title: {
        da: 'Når uheldet er ude – og at være en god rollemodel',
        en: 'When something goes wrong – and being a good role model',
      },
      minutes: 3,
      body: {
        da: `## Førstehjælp: fire ting i den rigtige rækkefølge

Du behøver ikke være ekspert for at hjælpe. Husk rækkefølgen:

1. **Skab sikkerhed.** Stands ulykken, og sørg for, at hverken du, barnet eller andre kommer til skade – fx ved at flytte jer væk fra vejen.
2. **Hjælp det, der er livstruende.** Trækker barnet ikke vejret normalt, så start hjertelungeredning. Trækker det vejret, men reagerer ikke, så læg det i stabilt sideleje. Tryk hårdt på et sår, der bløder meget.
3. **Ring 112.** Sig, hvor I er, og hvad der er sket. Med 112-appen kan alarmcentralen se, hvor du er. Læg ikke på, før de siger det.
4. **Giv almindelig førstehjælp** og bliv hos barnet. Hold det varmt, og tal roligt.

Ved allergisk reaktion med hævelse eller åndenød bruger du adrenalinpennen, hvis forælderen har vist dig hvordan, og ringer 112.

## Hvem skal vide hvad?

- **Ved alvorlige skader og akut fare:** Ring 112 først. Derefter forælderen, og så koordinatoren.
- **Er barnet væk** i en menneskemængde: Søg straks, bed personalet om hjælp, og ring 112, hvis I ikke finder barnet i løbet af få minutter.
- **Ved mindre uheld** – en skramme, et stød – giver du forælderen besked, når barnet bliver hentet, og skriver en kort note på platformen.

Gem forælderens og koordinatorens numre i din mobil, før I tager af sted, og hav et lille plasterkit med på ture.

## Hjælp barnet ind i et fællesskab

Et af de vigtigste mål med en fritidsmentor er, at barnet får venner og steder at høre til – også når jeres forløb er slut.

- **Find ud af, hvad barnet er nysgerrigt på:** sport, musik, spejder, gaming, kreative ting.
- **Undersøg mulighederne** sammen: foreninger, fritidsklubben, ungdomsklubben og biblioteket. Mange foreninger tilbyder gratis prøvetræning.
- **Tag med de første gange**, hils på træneren eller lederen, og hjælp barnet med at sige hej.
- **Træd et skridt tilbage**, når barnet er faldet til.
- **Koster kontingent og udstyr for meget**, så spørg koordinatoren. Mange kommuner har et fritidspas, der kan hjælpe.

## Vær den voksne, du gerne vil have, at barnet ser

Barnet lærer mere af det, du gør, end af det, du siger.

- **Hold, hvad du lover.** Kom til tiden, og sig det i god tid, hvis du bliver forhindret.
- **Læg mobilen væk**, når I er sammen.
- **Ingen alkohol, røg, vape eller snus** – hverken før eller under jeres aktiviteter.
- **Tal pænt om andre**, også om barnets forældre, lærere og kammerater.
- **Vis, hvordan man taber og vinder**, og hvordan man siger undskyld.
- **Følg selv reglerne:** hjelm på, grønt lys, redningsvest i kajakken.`,
        en: `## First aid: four steps in the right order

You don't need to be an expert to help. Remember the order:

1. **Make it safe.** Stop the accident and make sure neither you, the child nor anyone else gets hurt – for example by moving away from the road.
2. **Deal with anything life-threatening.** If the child isn't breathing normally, start CPR. If they are breathing but don't respond, put them in the recovery position. Press hard on a wound that is bleeding heavily.
3. **Call 112.** Say where you are and what has happened. With the 112 app the emergency centre can see your location. Don't hang up until they tell you to.
4. **Give ordinary first aid** and stay with the child. Keep them warm and talk calmly.

In an allergic reaction with swelling or difficulty breathing, use the adrenaline pen if the parent has shown you how, and call 112.

## Who needs to know what?

- **Serious injury or immediate danger:** call 112 first. Then the parent, then the coordinator.
- **If the child goes missing** in a crowd: search at once, ask staff for help, and call 112 if you haven't found the child within a few minutes.
- **Minor mishaps** – a scrape, a bump – tell the parent at pick-up and write a short note on the platform.

Save the parent's and the coordinator's numbers in your phone before you set off, and bring a small plaster kit on trips.

## Help the child find a community

One of the most important goals of a leisure mentor is that the child makes friends and finds places to belong – also after your time together ends.

- **Find out what the child is curious about:** sport, music, scouts, gaming, creative things.
- **Explore the options** together: local clubs and associations (*foreninger*), the youth club, the library. Many clubs offer free trial sessions.
- **Go along the first few times**, say hello to the coach or leader, and help the child say hello too.
- **Step back** once the child has settled in.
- **If fees and kit cost too much**, ask the coordinator. Many municipalities run a leisure pass (*fritidspas*) that can help.

## Be the adult you want the child to see

The child learns more from what you do than from what you say.

- **Keep your promises.** Be on time, and give plenty of notice if you can't make it.
- **Put your phone away** when you're together.
- **No alcohol, smoking, vaping or snus** – before or during your activities.
- **Speak well of others**, including the child's parents, teachers and friends.
- **Show how to lose and win**, and how to say sorry.
- **Follow the rules yourself:** helmet on, wait for the green light, life jacket in the kayak.`,
      },
    },
    {
      kind: 'quiz',
      id: 'leisure-safety-quiz',
      title: {
        da: 'Quiz: Sikkert ude på tur',
        en: 'Quiz: Staying safe on activities',
      },
      minutes: 9,
      passMark: 0.8,
      maxAttempts: null,
      questions: [
        {
          id: 'leisure-safety-quiz-agree',
          prompt: {
            da: 'I skal for første gang på tur i skoven en lørdag. Hvad skal du have aftalt med forælderen inden? Vælg alle rigtige svar.',
            en: 'You are going on your first trip to the woods on a Saturday. What must you agree with the parent beforehand? Choose all correct answers.',
          },
          multiple: true,
          options: [
            {
              text: {
                da: 'Hvor I skal hen, hvornår I tager af sted, og hvornår og hvor barnet bliver hentet.',
                en: 'Where you are going, when you leave, and when and where the child will be picked up.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Forælderen skal altid vide, hvor barnet er, og hvornår det er tilbage.',
                en: 'Right. The parent must always know where the child is and when they will be back.',
              },
            },
            {
              text: {
                da: 'Allergier, medicin og et nummer, du kan ringe på undervejs.',
                en: 'Allergies, medication and a number you can call during the trip.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Du skal vide, hvad du gør, hvis barnet bliver dårligt, og hvem du ringer til.',
                en: 'Right. You need to know what to do if the child becomes unwell, and who to call.',
              },
            },
            {
              text: {
                da: 'Barnets seneste karakterer og hvordan det går i skolen.',
                en: "The child's latest marks and how things are going at school.",
              },
              correct: false,
              explanation: {
                da: 'Det har ikke noget med turens sikkerhed at gøre, og du har ikke brug for oplysningerne for at planlægge den.',
                en: "That has nothing to do with the trip's safety, and you don't need it to plan the trip.",
              },
            },
            {
              text: {
                da: 'At barnet tager sin egen mobil med, så I kan dele placering privat.',
                en: 'That the child brings their own phone so you can share locations privately.',
              },
              correct: false,
              explanation: {
                da: 'Privat kontakt mellem dig og barnet uden om platformen hører ikke til i programmet. Aftalerne går via forælderen.',
                en: 'Private contact between you and the child outside the platform is not part of the program. Arrangements go through the parent.',
              },
            },
          ],
        },
        {
          id: 'leisure-safety-quiz-car',
          prompt: {
            da: 'Lucas på 8 skal til fodbold, og hans far spørger, om du kan køre ham i din bil. Hvad gør du?',
            en: 'Lucas, 8, is going to football, and his dad asks whether you can drive him in your car. What do you do?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Siger ja – det er en kort tur, så sikkerhedsselen er nok.',
                en: "Say yes – it's a short trip, so the seatbelt is enough.",
              },
              correct: false,
              explanation: {
                da: 'Børn under 135 cm skal sidde i godkendt autostol eller på selepude, uanset hvor kort turen er.',
                en: 'Children under 135 cm must use an approved car seat or booster cushion, however short the trip.',
              },
            },
            {
              text: {
                da: 'Tjekker programmets regler. Må du køre, og har faren sagt ja, sidder Lucas på en selepude. Ellers tager I bussen eller cyklen.',
                en: "Check the program's rules. If you may drive and his dad has agreed, Lucas sits on a booster cushion. Otherwise, take the bus or bike.",
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Programmets regler går først, og barnet skal sidde lovligt og sikkert.',
                en: "Right. The program's rules come first, and the child must travel legally and safely.",
              },
            },
            {
              text: {
                da: 'Lader Lucas sidde foran, så du kan holde øje med ham.',
                en: 'Let Lucas sit in the front so you can keep an eye on him.',
              },
              correct: false,
              explanation: {
                da: 'Børn sidder sikrest på bagsædet i det rigtige sikkerhedsudstyr. Og programmets regler skal stadig tjekkes først.',
                en: "Children are safest in the back with the right safety equipment. And the program's rules still need checking first.",
              },
            },
          ],
        },
        {
          id: 'leisure-safety-quiz-water',
          prompt: {
            da: 'Det er en varm dag, og Amira på 11 vil bade fra en badebro uden livredder. Hun siger, at hun er god til at svømme. Hvad gør du?',
            en: 'It is a hot day, and Amira, 11, wants to swim from a jetty with no lifeguard. She says she is a good swimmer. What do you do?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Lader hende bade, mens du holder øje fra broen.',
                en: 'Let her swim while you watch from the jetty.',
              },
              correct: false,
              explanation: {
                da: 'Selv gode svømmere kan få krampe eller komme ud i strøm. Uden livredder og uden aftale med forælderen skal hun ikke bade.',
                en: "Even good swimmers can get cramp or be caught by a current. With no lifeguard and no agreement with the parent, she shouldn't swim.",
              },
            },
            {
              text: {
                da: 'Siger nej til at bade her og foreslår at vade lidt ved kanten eller at aftale en tur til en strand med livredder næste gang.',
                en: 'Say no to swimming here and suggest paddling at the edge, or agreeing a trip to a lifeguarded beach next time.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Badning kræver en aftale med forælderen og et sted med livredder. Du finder et godt alternativ, så dagen stadig bliver sjov.',
                en: 'Right. Swimming needs an agreement with the parent and a lifeguarded place. You offer a good alternative so the day is still fun.',
              },
            },
            {
              text: {
                da: 'Lader hende bade, hvis hun bliver, hvor hun kan bunde.',
                en: 'Let her swim as long as she stays where she can touch the bottom.',
              },
              correct: false,
              explanation: {
                da: 'Bunden kan skråne brat, og en badebro står tit over dybt vand. Reglen er: aftale med forælderen og livredder.',
                en: 'The bottom can drop suddenly, and jetties often stand over deep water. The rule is: agreed with the parent, and a lifeguard.',
              },
            },
          ],
        },
        {
          id: 'leisure-safety-quiz-fall',
          prompt: {
            da: 'Barnet falder ned fra et klatrestativ og reagerer ikke, når du taler til det. Hvad gør du først?',
            en: "The child falls from a climbing frame and doesn't respond when you speak to them. What do you do first?",
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Ringer til forælderen og spørger, hvad du skal gøre.',
                en: 'Call the parent and ask what to do.',
              },
              correct: false,
              explanation: {
                da: 'Forælderen kan ikke hjælpe barnet lige nu. Du mister tid, som barnet har brug for.',
                en: "The parent can't help the child right now. You lose time the child needs.",
              },
            },
            {
              text: {
                da: 'Sørger for, at der er sikkert, tjekker vejrtrækningen og ringer 112. Forælderen og koordinatoren kontakter du bagefter.',
                en: 'Make sure it is safe, check breathing and call 112. You contact the parent and the coordinator afterwards.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Et barn, der ikke reagerer, er en nødsituation. Livreddende hjælp og 112 kommer før alt andet.',
                en: "Right. A child who doesn't respond is an emergency. Life-saving help and 112 come before anything else.",
              },
            },
            {
              text: {
                da: 'Løfter barnet op og bærer det hen til en bænk, så det ligger bedre.',
                en: 'Lift the child and carry them to a bench so they lie more comfortably.',
              },
              correct: false,
              explanation: {
                da: 'Efter et fald kan der være skader på nakke eller ryg. Flyt kun barnet, hvis stedet er farligt eller for at lægge det i stabilt sideleje.',
                en: 'After a fall there may be neck or back injuries. Only move the child if the spot is dangerous, or to put them in the recovery position.',
              },
            },
          ],
        },
        {
          id: 'leisure-safety-quiz-money',
          prompt: {
            da: 'Jonas på 13 spørger, om du vil købe nye fodboldstøvler til ham, fordi hans gamle er slidt op. Hvad gør du?',
            en: 'Jonas, 13, asks if you will buy him new football boots because his old ones are worn out. What do you do?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'Køber dem – det er for hans fodbolds skyld, og det betyder meget for ham.',
                en: "Buy them – it's for his football, and it means a lot to him.",
              },
              correct: false,
              explanation: {
                da: 'Dyre gaver skaber ubalance i relationen og kan give forventninger om mere. Det hører ikke til i mentorrollen.',
                en: 'Expensive presents unbalance the relationship and can create expectations of more. They are not part of the mentor’s role.',
              },
            },
            {
              text: {
                da: 'Låner ham pengene, så han kan betale dig tilbage lidt ad gangen.',
                en: 'Lend him the money so he can pay you back a bit at a time.',
              },
              correct: false,
              explanation: {
                da: 'Lån mellem mentor og barn skaber en gæld, der kan belaste jeres relation. Lån aldrig penge til eller fra barnet.',
                en: 'A loan between mentor and child creates a debt that can strain your relationship. Never lend money to or borrow from the child.',
              },
            },
            {
              text: {
                da: 'Siger venligt nej og taler med koordinatoren – klubben har måske brugte støvler, eller kommunen har et fritidspas.',
                en: 'Kindly say no and talk to the coordinator – the club may have used boots, or the municipality may have a leisure pass.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Du tager behovet alvorligt og hjælper med at finde en løsning, der ikke gør dig til barnets økonomiske støtte.',
                en: "Right. You take the need seriously and help find a solution that doesn't make you the child's financial support.",
              },
            },
          ],
        },
        {
          id: 'leisure-safety-quiz-club',
          prompt: {
            da: 'Freja på 12 vil gerne prøve klatring, men er nervøs for at møde op alene. Hvad er den bedste hjælp?',
            en: 'Freja, 12, would like to try climbing but is nervous about turning up alone. What is the best help?',
          },
          multiple: false,
          options: [
            {
              text: {
                da: 'At finde en prøvetræning sammen, tage med første gang, hilse på træneren – og så langsomt træde et skridt tilbage.',
                en: 'Find a trial session together, go along the first time, say hello to the coach – and then gradually step back.',
              },
              correct: true,
              explanation: {
                da: 'Rigtigt. Du gør det trygt at starte, og målet er, at Freja får et fællesskab, der holder, også uden dig.',
                en: 'Right. You make it safe to start, and the goal is for Freja to have a community that lasts, also without you.',
              },
            },
            {
              text: {
                da: 'At melde hende ind og betale kontingentet, så hun ikke kan springe fra.',
                en: "Sign her up and pay the fee so she can't back out.",
              },
              correct: false,
              explanation: {
                da: 'Det er forælderen, der melder barnet ind, og du skal ikke betale. Pres gør det heller ikke lettere at møde op.',
                en: "It's the parent who signs the child up, and you shouldn't pay. Pressure doesn't make turning up any easier either.",
              },
            },
            {
              text: {
                da: 'At sige, at hun må vente, til hun føler sig mere modig.',
                en: 'Tell her to wait until she feels braver.',
              },
              correct: false,
              explanation: {
                da: 'Modet kommer sjældent af sig selv. Med din støtte kan hun tage det første skridt nu.',
                en: 'Courage rarely arrives by itself. With your support she can take the first step now.',
              },
            },
          ],
        },
      ],
    },
    {
      kind: 'in_person',
      id: 'leisure-session',
      title: {
        da: 'Introaften med grundlæggende førstehjælp',
        en: 'Introductory evening with first-aid basics',
      },
      minutes: 150,
      description: {
        da: `En aften sammen med koordinatoren, en førstehjælpsinstruktør og de andre nye fritidsmentorer.

- **Velkommen:** Programmet, børnene og de foreninger, vi samarbejder med.
- **Førstehjælp på børn:** Vi øver hjertelungeredning på dukker, stabilt sideleje, at stoppe en blødning og at ringe 112. Aftenen er en introduktion og erstatter ikke et certificeret førstehjælpskursus.
- **Rollespil:** Den første samtale med et barn og en forælder – hvad I aftaler om aktiviteter, transport og afhentning.
- **Spørgsmål:** Tid til alt det, du undrer dig over.

Tag tøj på, du kan bevæge dig i, for vi skal ned på gulvet. Der er kaffe og lidt at spise.`,
        en: `An evening with the coordinator, a first-aid instructor and the other new leisure mentors.

- **Welcome:** the program, the children and the clubs we work with.
- **First aid for children:** we practise CPR on manikins, the recovery position, stopping bleeding and calling 112. The evening is an introduction and does not replace a certified first-aid course.
- **Role play:** the first conversation with a child and a parent – what you agree on about activities, transport and pick-up.
- **Questions:** time for anything you are wondering about.

Wear clothes you can move in, because we will be working on the floor. Coffee and something to eat are provided.`,
      },
    },
  ],
};
