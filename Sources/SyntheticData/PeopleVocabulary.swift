/// Names and personal attributes (TPC-DS value domains where the benchmark defines them).
enum PeopleVocabulary {
    static let maleFirstNames = [
        "James", "John", "Robert", "Michael", "William", "David", "Richard", "Charles", "Joseph", "Thomas",
        "Christopher", "Daniel", "Paul", "Mark", "Donald", "George", "Kenneth", "Steven", "Edward", "Brian",
        "Ronald", "Anthony", "Kevin", "Jason", "Matthew", "Gary", "Timothy", "Jose", "Larry", "Jeffrey",
    ]

    static let femaleFirstNames = [
        "Mary", "Patricia", "Linda", "Barbara", "Elizabeth", "Jennifer", "Maria", "Susan", "Margaret",
        "Dorothy", "Lisa", "Nancy", "Karen", "Betty", "Helen", "Sandra", "Donna", "Carol", "Ruth", "Sharon",
        "Michelle", "Laura", "Sarah", "Kimberly", "Deborah", "Jessica", "Shirley", "Cynthia", "Angela", "Melissa",
    ]

    static var firstNames: [String] { maleFirstNames + femaleFirstNames }

    static let lastNames = [
        "Smith", "Johnson", "Williams", "Jones", "Brown", "Davis", "Miller", "Wilson", "Moore", "Taylor",
        "Anderson", "Thomas", "Jackson", "White", "Harris", "Martin", "Thompson", "Garcia", "Martinez",
        "Robinson", "Clark", "Rodriguez", "Lewis", "Lee", "Walker", "Hall", "Allen", "Young", "Hernandez",
        "King", "Wright", "Lopez", "Hill", "Scott", "Green", "Adams", "Baker", "Gonzalez", "Nelson", "Carter",
        "Mitchell", "Perez", "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Collins",
    ]

    static let maleSalutations = ["Mr.", "Dr.", "Sir"]
    static let femaleSalutations = ["Mrs.", "Ms.", "Miss", "Dr."]
    static var salutations: [String] { ["Mr.", "Mrs.", "Ms.", "Dr.", "Sir", "Miss"] }

    static let genders = ["M", "F"]
    static let maritalStatuses = ["M", "S", "D", "W", "U"]
    static let educationStatuses = [
        "Primary", "Secondary", "College", "2 yr Degree", "4 yr Degree", "Advanced Degree", "Unknown",
    ]
    static let creditRatings = ["Good", "High Risk", "Low Risk", "Unknown"]
    static let buyPotentials = ["0-500", "501-1000", "1001-5000", "5001-10000", ">10000", "Unknown"]
    static let emailDomains = ["com", "org", "net", "edu"]
}
