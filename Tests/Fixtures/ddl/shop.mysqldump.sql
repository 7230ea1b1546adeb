-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: shop
-- ------------------------------------------------------
-- Server version	8.0.36

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET NAMES utf8mb4 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;

--
-- Table structure for table `region`
--

DROP TABLE IF EXISTS `region`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!50503 SET character_set_client = utf8mb4 */;
CREATE TABLE `region` (
  `region_id` int unsigned NOT NULL AUTO_INCREMENT,
  `region_name` varchar(40) COLLATE utf8mb4_unicode_ci NOT NULL,
  PRIMARY KEY (`region_id`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `region` WRITE;
/*!40000 ALTER TABLE `region` DISABLE KEYS */;
INSERT INTO `region` VALUES (1,'North; East'),(2,'South\'s');
/*!40000 ALTER TABLE `region` ENABLE KEYS */;
UNLOCK TABLES;

--
-- Table structure for table `customer`
--

DROP TABLE IF EXISTS `customer`;
CREATE TABLE `customer` (
  `customer_id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `email` varchar(255) NOT NULL COMMENT 'Login e-mail; it''s unique.',
  `full_name` varchar(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  `region_id` int unsigned DEFAULT NULL,
  `tier` enum('basic','silver','gold') NOT NULL DEFAULT 'basic',
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `updated_at` timestamp NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`customer_id`),
  UNIQUE KEY `customer_email_uq` (`email`),
  KEY `customer_region_idx` (`region_id`),
  CONSTRAINT `customer_region_fk` FOREIGN KEY (`region_id`) REFERENCES `region` (`region_id`)
) ENGINE=InnoDB AUTO_INCREMENT=1 DEFAULT CHARSET=utf8mb4 COMMENT='People who ordered at least once.';

--
-- Table structure for table `product`
--

CREATE TABLE `product` (
  `product_id` int NOT NULL AUTO_INCREMENT,
  `sku` char(12) NOT NULL,
  `name` varchar(200) NOT NULL,
  `list_price` decimal(10,2) unsigned DEFAULT NULL,
  `is_active` tinyint(1) NOT NULL DEFAULT '1',
  PRIMARY KEY (`product_id`),
  FULLTEXT KEY `product_name_ft` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `orders` (
  `customer_id` bigint unsigned NOT NULL,
  `order_number` int NOT NULL,
  `ordered_on` date NOT NULL,
  `status` enum('placed','shipped','delivered','returned') NOT NULL DEFAULT 'placed',
  PRIMARY KEY (`customer_id`,`order_number`),
  CONSTRAINT `orders_customer_fk` FOREIGN KEY (`customer_id`) REFERENCES `customer` (`customer_id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `order_line` (
  `customer_id` bigint unsigned NOT NULL,
  `order_number` int NOT NULL,
  `line_no` smallint NOT NULL,
  `product_id` int NOT NULL,
  `quantity` int NOT NULL DEFAULT '1',
  `unit_price` decimal(10,2) NOT NULL,
  `discount` float DEFAULT '0',
  PRIMARY KEY (`customer_id`,`order_number`,`line_no`),
  KEY `order_line_product_idx` (`product_id`) USING BTREE,
  KEY `order_line_name_prefix` (`customer_id`,`order_number`(4)),
  CONSTRAINT `order_line_order_fk` FOREIGN KEY (`customer_id`, `order_number`) REFERENCES `orders` (`customer_id`, `order_number`),
  CONSTRAINT `order_line_product_fk` FOREIGN KEY (`product_id`) REFERENCES `product` (`product_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
/*!40101 SET character_set_client = @saved_cs_client */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;

-- Dump completed on 2026-12-07 14:20:00
