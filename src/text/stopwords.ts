/** Small stopword lists (en/ru/kk): function words that carry no topic, dropped before indexing and hashing. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  // English
  (
    'a an the and or but if of to in on at by for with from into onto as is are was were be been being am do does did ' +
    'has have had having it its this that these those there here what which who whom whose when where why how than then ' +
    'so such not no nor can could should would will shall may might must i me my we our us you your he him his she her ' +
    'they them their also just only very about over under again further once s t any all both each few more most other ' +
    'some own same too up down out off ' +
    // Russian
    'и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее её мне было вот от меня ' +
    'еще ещё нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до вас нибудь опять уж вам ведь там ' +
    'потом себя ничего ей может они тут где есть надо ней для мы тебя их чем была сам чтоб без будто чего раз тоже себе ' +
    'под будет ж тогда кто этот того потому этого какой совсем ним здесь этом один почти мой тем чтобы нее сейчас были ' +
    'куда зачем всех никогда можно при наконец два об другой хоть после над больше тот через эти нас про всего них какая ' +
    'много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им более всегда конечно ' +
    'всю между это как сколько какие каких каким какого каком какую которые который которая которого которых кого чему чей ' +
    // Question words and pronoun forms the list above lacks (not "почему" or "против": headings and questions
    // of the folder use them as content). Written with е: text is normalised (ё→е) before this lookup.
    'такое такая такие таких таким такого таком такую каков какова каково каковы какое какими какому чья чье чьи ' +
    'чьего которую котором которым которыми которой которому некоторые некоторых некоторым собой свой своей своих ' +
    'своим свои своего свое эта этих этим этими те тех та ту тому является являются являлся являлась являлись либо ' +
    'многие многих многим насколько откуда кем ком кому нем ими ею нами вами мной мною тобой мое мои ' +
    'моих моим твой твоя твое твои наш наша наше наши наших нашим ваш ваша ваше ваши ваших вся всем всеми ' +
    'всей сама само сами самих самим самого самой самом саму той теми этому каждый каждая каждое каждые каждого ' +
    'каждом каждой также будут снова вообще ' +
    // Kazakh
    'және мен бен пен да де та те бұл сол осы ол олар біз сіз сен мен не ма ме ба бе па пе үшін туралы бар жоқ әр ' +
    'еді екен деп дейін соң шейін қалай неге кім қай қандай қашан қайда қанша неше кімнің кімге кімді нені неден ' +
    'неліктен оның олардың сияқты'
  ).split(/\s+/),
);
